package research_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/research"
)

// sameDecoding checks that the fast decoding path agrees with the general
// one: when it applies, it gives the same records; when the general path
// fails, it does not apply (so the general path names the error).
func sameDecoding(t *testing.T, data []byte) (fast bool) {
	t.Helper()
	slow, err := research.DecodeActivitiesSlow(data)
	got, ok := research.DecodeActivitiesFast(data)
	if err != nil {
		assert.False(t, ok, "the fast path accepts what the general path refuses (%v): %s", err, data)
		return false
	}
	if ok {
		assert.Equal(t, slow, got, "%s", data)
	}
	return ok
}

func TestActivitiesFastPath(t *testing.T) {
	plain, err := json.Marshal(everyKind())
	require.NoError(t, err)
	var indented bytes.Buffer
	require.NoError(t, json.Indent(&indented, plain, "", "  "))

	const one = `{"kind":"其他","id":"a","title":"t","dates":{"from":"2022-01-01","to":"2022-01-01"}}`
	cases := []struct {
		name string
		data string
		fast bool // whether the fast path applies
	}{
		{"every kind", string(plain), true},
		{"indented", indented.String(), true},
		{"empty", `[]`, true},
		{"one", `[` + one + `]`, true},
		{"kind last", `[{"id":"a","title":"t","dates":{"from":"2022-01-01","to":"2022-01-01"},"kind":"其他"}]`, true},
		{"escaped text", `[{"kind":"其他","id":"a","title":"t\"\\\/\u4e2d","dates":{"from":"2022-01-01","to":"2022-01-01"}}]`, true},
		{"newline in text", `[{"kind":"其他","id":"a","title":"t\n","dates":{"from":"2022-01-01","to":"2022-01-01"}}]`, false}, // refused by both
		{"unicode escape", `[{"kind":"其他","id":"a","title":"\u4e00","dates":{"from":"2022-01-01","to":"2022-01-01"}}]`, true},
		{"escaped kind", `[{"kind":"\u5176\u4ed6","id":"a","title":"t","dates":{"from":"2022-01-01","to":"2022-01-01"}}]`, false},
		{"kind last, second element", `[` + one + `,{"id":"b","title":"t","dates":{"from":"2022-01-01","to":"2022-01-01"},"kind":"视察"}]`, true},
		{"lone surrogate", `[{"kind":"其他","id":"a","title":"\ud800","dates":{"from":"2022-01-01","to":"2022-01-01"}}]`, false},
		{"invalid utf-8", "[{\"kind\":\"其他\",\"id\":\"a\",\"title\":\"\xff\",\"dates\":{\"from\":\"2022-01-01\",\"to\":\"2022-01-01\"}}]", false},
		{"null element", `[null]`, false},
		{"no kind", `[{"id":"a"}]`, false},
		{"empty object", `[{}]`, false},
		{"kind null", `[{"kind":null,"id":"a"}]`, false},
		{"kind number", `[{"kind":1}]`, false},
		{"unknown kind", `[{"kind":"电话"}]`, false},
		{"capital Kind", `[{"Kind":"其他","id":"a"}]`, false},
		{"kind twice", `[{"kind":"视察","kind":"其他","id":"a","title":"t","dates":{"from":"2022-01-01","to":"2022-01-01"}}]`, false},
		{"key twice by case", `[{"kind":"其他","id":"a","ID":"b","title":"t","dates":{"from":"2022-01-01","to":"2022-01-01"}}]`, false},
		{"case-folded key", `[{"kind":"其他","ID":"a","title":"t","dates":{"from":"2022-01-01","to":"2022-01-01"}}]`, false}, // the general path takes it
		{"non-ASCII key", `[{"kind":"其他","ｉｄ":"a"}]`, false},
		{"unknown field", `[{"kind":"其他","id":"a","subject":"x"}]`, false},
		{"nested unknown field", `[{"kind":"其他","id":"a","dates":{"from":"2022-01-01","to":"2022-01-01","at":1}}]`, false},
		{"wrong type", `[{"kind":"其他","id":1}]`, false},
		{"trailing comma", `[` + one + `,]`, false},
		{"trailing data", `[` + one + `] x`, false},
		{"two arrays", `[][]`, false},
		{"not an array", `{"kind":"其他"}`, false},
		{"unterminated", `[` + one, false},
		{"missing value", `[{"kind":"其他","id":}]`, false},
		{"bare word", `[{"kind":"其他","id":a}]`, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.fast, sameDecoding(t, []byte(tc.data)))
		})
	}
}

func FuzzActivitiesFastPath(f *testing.F) {
	b, _ := json.Marshal(everyKind())
	f.Add(b)
	f.Add([]byte(`[{"kind":"其他","id":"a","title":"t","dates":{"from":"2022-01-01","to":"2022-01-01"}}]`))
	f.Add([]byte(`[{"kind":"文史","launch":{}}]`))
	f.Add([]byte(`[{"kind":"视察","KIND":"其他"}]`))
	f.Add([]byte(`[null,{"kind":1}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		sameDecoding(t, data)
	})
}
