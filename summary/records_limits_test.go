package summary_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/summary"
)

// validationOf parses in, which must decode, validates it and returns the
// problems found.
func validationOf(t *testing.T, in string) lvzhi.ValidationErrors {
	t.Helper()
	rec, err := summary.Parse([]byte(in))
	require.NoError(t, err)
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(rec.Validate(), &verrs), "no validation error")
	return verrs
}

// TestCountLimits holds every count in the records to an upper bound, so
// that no total can wrap: a clue count of 2^63−1 once made the summary say
// 共搜集社情民意线索-9223372036854775792条.
func TestCountLimits(t *testing.T) {
	good := halfyearRecords(t)
	// set writes value for the first key after anchor.
	set := func(anchor, key, value string) string {
		at := strings.Index(good, anchor)
		require.GreaterOrEqual(t, at, 0, anchor)
		at += strings.Index(good[at:], `"`+key+`": `)
		end := at + len(key) + 4
		for end < len(good) && strings.IndexByte("0123456789", good[end]) >= 0 {
			end++
		}
		return good[:at] + `"` + key + `": ` + value + good[end:]
	}
	verrs := validationOf(t, set(`"clues"`, "count", "9223372036854775807"))
	require.Len(t, verrs, 1)
	assert.Equal(t, "活动[0].线索[0].条数", verrs[0].Label)
	assert.Equal(t, "条数必须小于或等于10,000", verrs[0].Message)

	_, err := summary.Parse([]byte(set(`"proposals"`, "number", "1000000")))
	assert.ErrorContains(t, err, "JSON $.proposals[0].number：提案号必须小于或等于999,999")
}

// TestBirthDateAndMemberIDSpaces: a birth date that makes a member younger
// than 18 at the start of the term (a date in the future among them) is
// refused; a reference written " m001 " names the spaces and the ID meant
// instead of claiming that m001 does not exist.
func TestBirthDateAndMemberIDSpaces(t *testing.T) {
	good := halfyearRecords(t)
	born := strings.Replace(good, `"birth_date": "1966-03-12"`, `"birth_date": "2090-03-12"`, 1)
	require.NotEqual(t, good, born)
	verrs := validationOf(t, born)
	require.Len(t, verrs, 1)
	assert.Equal(t, "委员[0].出生日期", verrs[0].Label)
	assert.Equal(t, "出生日期2090年3月12日有误：政协职务[0]自2020年1月1日起任职，届时未满18周岁", verrs[0].Message)

	// A member without posts is checked against the start of the term.
	at := strings.Index(born, `"birth_date": "2090-03-12"`)
	posts := at + strings.Index(born[at:], `"posts": [`)
	end := posts + strings.Index(born[posts:], "\n      ]") + len("\n      ]")
	noPosts := born[:posts] + `"posts": []` + born[end:]
	verrs = validationOf(t, noPosts)
	require.Len(t, verrs, 1, "%v", verrs)
	assert.Equal(t, "出生日期2090年3月12日有误：到本届任期开始的2020年1月1日尚未年满18周岁", verrs[0].Message)

	at = strings.Index(good, "\n  \"proposals\": [")
	spaced := good[:at] + strings.Replace(good[at:], `"m022"`, `" m022 "`, 1)
	verrs = validationOf(t, spaced)
	require.Len(t, verrs, 1)
	assert.Equal(t, "委员编号“ m022 ”前后有空格，应写作“m022”", verrs[0].Message)
	assert.Equal(t, "提案[0].提案人.委员[0]", verrs[0].Label)
}
