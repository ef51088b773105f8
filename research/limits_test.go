package research_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi/research"
)

// Every count of an activity has an upper bound, so that totals cannot
// wrap; the message names the field.
func TestCountBounds(t *testing.T) {
	opinion := func(count, number, items int) string {
		return fmt.Sprintf(`[{"kind":"社情民意","id":"o","title":"社情民意信息征集","dates":{"from":"2022-01-01","to":"2022-06-30"},`+
			`"clues":[{"channel":"微信","count":%d}],"bulletin":"社情民意内部参考","issues":[{"number":%d,"date":"2022-05-20","items":%d}]}]`, count, number, items)
	}
	group := func(n int) string {
		return fmt.Sprintf(`[{"kind":"委员小组活动","id":"g","title":"走访","dates":{"from":"2022-06-10","to":"2022-06-10"},"groups":["法制组"],"form":"走访委员","visited_count":%d}]`, n)
	}
	cases := []struct {
		in, label, msg string
	}{
		{opinion(10001, 1, 1), "活动[0].线索[0].条数", "条数必须小于或等于10,000"},
		{opinion(1<<62, 1, 1), "活动[0].线索[0].条数", "条数必须小于或等于10,000"},
		{opinion(1, 10000, 1), "活动[0].刊物期数[0].期号", "期号必须小于或等于9,999"},
		{opinion(1, 1, 1001), "活动[0].刊物期数[0].篇数", "篇数必须小于或等于1,000"},
		{group(10001), "活动[0].走访人数", "走访人数必须小于或等于10,000"},
	}
	for _, tc := range cases {
		_, err := research.DecodeActivities([]byte(tc.in))
		assert.ErrorContains(t, err, tc.msg, tc.in)
		assert.ErrorContains(t, err, tc.label, tc.in)
	}
	_, err := research.DecodeActivities([]byte(opinion(10000, 9999, 1000)))
	assert.NoError(t, err)
	_, err = research.DecodeActivities([]byte(group(10000)))
	assert.NoError(t, err)
}

// Activity dates start in 1949 or later and span at most five years: an
// activity dated 0001–9999 used to pass and then vanish from every
// period's summary.
func TestActivityDateBounds(t *testing.T) {
	other := func(from, to string) string {
		return fmt.Sprintf(`[{"kind":"其他","id":"a","title":"t","dates":{"from":"%s","to":"%s"}}]`, from, to)
	}
	_, err := research.DecodeActivities([]byte(other("0001-01-01", "9999-12-31")))
	assert.ErrorContains(t, err, "活动[0].日期：日期1年1月1日至9999年12月31日早于1949年，不是政协活动的日期")
	_, err = research.DecodeActivities([]byte(other("2020-01-01", "9999-12-31")))
	assert.ErrorContains(t, err, "活动[0].日期：日期2020年1月1日至9999年12月31日跨度超过5年")
	_, err = research.DecodeActivities([]byte(other("2020-01-01", "2024-12-31")))
	assert.NoError(t, err)
	_, err = research.DecodeActivities([]byte(other("1949-09-21", "1949-09-30")))
	assert.NoError(t, err)
}

// Messages clerks read write dates in Chinese, never 2022-07-01.
func TestMessagesWriteChineseDates(t *testing.T) {
	in := `[{"kind":"社情民意","id":"o","title":"社情民意信息征集","dates":{"from":"2022-01-01","to":"2022-06-30"},` +
		`"clues":[{"channel":"微信","count":1,"date":"2022-07-01"}]}]`
	_, err := research.DecodeActivities([]byte(in))
	assert.ErrorContains(t, err, "日期2022年7月1日不在活动日期（2022年1月1日至6月30日）之内")
	assert.NotRegexp(t, `\d{4}-\d{2}-\d{2}`, err.Error())
}
