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
	assert.ErrorContains(t, err, "JSON $.proposals[0]：提案号必须小于或等于999,999")
}
