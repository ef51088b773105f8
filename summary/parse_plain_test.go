package summary

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
)

// halfYearRecords returns the records of the half-year example, as saved.
func halfYearRecords(tb testing.TB) []byte {
	tb.Helper()
	data, err := os.ReadFile("../examples/halfyear/data/records.json")
	require.NoError(tb, err)
	return data
}

// samePlain checks that the plain path of Parse agrees with the general
// one: when it applies it gives the same records, and when the general
// path fails it does not apply, so that Parse reports the general error.
func samePlain(t *testing.T, data []byte) (plain bool) {
	t.Helper()
	var want Records
	err := jsonstrict.Unmarshal(data, &want)
	got, ok := parsePlain(data)
	if err != nil {
		assert.False(t, ok, "the plain path accepts what the general path refuses (%v)", err)
		return false
	}
	if ok {
		require.Equal(t, &want, got)
	}
	return ok
}

func TestParsePlain(t *testing.T) {
	saved := halfYearRecords(t)
	rec, err := Parse(saved)
	require.NoError(t, err)
	var compact bytes.Buffer
	require.NoError(t, rec.Save(&compact))

	swap := func(old, new string) string {
		require.Contains(t, string(saved), old)
		return strings.Replace(string(saved), old, new, 1)
	}
	cases := []struct {
		name  string
		data  string
		plain bool
	}{
		{"as saved", string(saved), true},
		{"saved again", compact.String(), true},
		{"empty", `{}`, true},
		{"null lists", `{"proposals":null,"activities":null,"members":null}`, true},
		{"empty lists", `{"proposals":[],"activities":[],"members":[]}`, true},
		{"null proposal", `{"proposals":[null]}`, true},
		{"key twice", `{"members":[],"members":null}`, false},
		{"key by case", `{"Members":[]}`, false},
		{"unknown key", `{"member":[]}`, false},
		{"unicode escape", `{"local_sectors":["\u4e00"]}`, false},
		{"trailing data", string(saved) + "{}", false},
		{"not an object", `[]`, false},
		{"unknown nested field", swap(`"short_name"`, `"shortname"`), false},
		{"broken history", swap(`"action": "提交"`, `"action": "办结"`), false},
		{"missing comma", swap(`"committee"`, `"local_sectors":[] "committee"`), false},
		{"bad UTF-8 in a member", swap(`"覃建华"`, "\"覃\xff华\""), false},
		{"bad UTF-8 in a proposal", swap(`"关于加快螺蛳粉`, "\"关于\xff加快螺蛳粉"), false},
		{"bad UTF-8 in an activity", swap(`"社情民意信息征集和编报"`, "\"社情\xff民意\""), false},
		{"bad UTF-8 between values", swap(`"proposals": [`, "\"proposals\": [\xff"), false},
		{"lone surrogate in a proposal", swap(`"关于加快螺蛳粉`, `"关于\ud800加快螺蛳粉`), false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.plain, samePlain(t, []byte(tc.data)))
		})
	}
}

func FuzzParsePlain(f *testing.F) {
	f.Add(halfYearRecords(f))
	f.Add([]byte(`{"proposals":[null],"activities":[]}`))
	f.Add([]byte(`{"committee":{"name":"x"},"committee":{"short_name":"y"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		samePlain(t, data)
	})
}
