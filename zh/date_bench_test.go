package zh_test

import (
	"testing"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

var benchSink string

func BenchmarkDate(b *testing.B) {
	d := lvzhi.MustDate(2022, 1, 8)
	b.ReportAllocs()
	for b.Loop() {
		benchSink = zh.Date(d)
	}
}

func BenchmarkDateOmitYear(b *testing.B) {
	d := lvzhi.MustDate(2022, 1, 8)
	b.ReportAllocs()
	for b.Loop() {
		benchSink = zh.Date(d, zh.OmitYear(2022))
	}
}

func BenchmarkDateRange(b *testing.B) {
	r := lvzhi.DateRange{From: lvzhi.MustDate(2021, 12, 30), To: lvzhi.MustDate(2022, 1, 2)}
	b.ReportAllocs()
	for b.Loop() {
		benchSink = zh.DateRange(r)
	}
}

func BenchmarkDateRangeOmitYear(b *testing.B) {
	r := lvzhi.DateRange{From: lvzhi.MustDate(2022, 4, 28), To: lvzhi.MustDate(2022, 5, 2)}
	b.ReportAllocs()
	for b.Loop() {
		benchSink = zh.DateRange(r, zh.OmitYear(2022))
	}
}

func BenchmarkPeriodName(b *testing.B) {
	p := lvzhi.FirstHalf(2022)
	b.ReportAllocs()
	for b.Loop() {
		benchSink = zh.PeriodName(p)
	}
}

func BenchmarkEncodeGB18030(b *testing.B) {
	s := "政协第九届委员会第三次会议于2022年1月8日至10日召开。"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := zh.EncodeGB18030(s); err != nil {
			b.Fatal(err)
		}
	}
}
