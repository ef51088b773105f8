package spreadsheet

import (
	"bytes"
	"errors"
	"testing"

	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
)

// fuzzCheck runs an importer on data as CSV and as XLSX and checks that
// it never panics and that a failure is either Problems naming cells or a
// plain error, never both a result and problems.
func fuzzCheck[T any](t *testing.T, data []byte, read func(r *bytes.Reader, name string) (*T, error)) {
	for _, name := range []string{"表.csv", "表.xlsx"} {
		got, err := read(bytes.NewReader(data), name)
		var ps Problems
		switch {
		case err == nil && got == nil:
			t.Fatalf("%s: no result and no error", name)
		case err != nil && got != nil:
			t.Fatalf("%s: a result despite %v", name, err)
		case errors.As(err, &ps):
			if len(ps) == 0 {
				t.Fatalf("%s: empty Problems", name)
			}
			for _, p := range ps {
				if p.Sheet == "" || p.Message == "" {
					t.Fatalf("%s: problem without sheet or message: %#v", name, p)
				}
			}
		}
	}
}

func FuzzReadRoster(f *testing.F) {
	f.Add([]byte("委员编号,姓名,性别,政治面貌,界别\nm1,张三,男,民盟,中国民主同盟\n"))
	f.Add([]byte("编号,委员姓名,性别,党派,界别,政协职务,所属专委会,委员活动小组\nm1,张三,男,中共,中国共产党,副主席（2022-01-08起）,经济委员会·副主任,科技组·组长\n"))
	f.Add([]byte("\xEF\xBB\xBF姓名,编号\n\xd5\xc5,1\n"))
	var buf bytes.Buffer
	ro := member.NewRoster(member.Sectors{})
	_ = ro.Add(member.Member{ID: "m1", Name: "张伟", Gender: member.Male, Party: member.PartyCPC, Sector: "中国共产党"})
	if err := WriteRoster(&buf, ro, ExportOptions{}); err == nil {
		f.Add(buf.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzCheck(t, data, func(r *bytes.Reader, name string) (*RosterImport, error) { return ReadRoster(r, name, Options{}) })
	})
}

func FuzzReadRegister(f *testing.F) {
	f.Add([]byte("届次,提案号,案由,提案类型,提案性质,第一提案人,内容分类,提交日期,审查日期,审查结果,审查结果日期,交办日期,主办单位,答复日期,答复类别\n" +
		"9,1,关于加强社区养老服务的建议,委员,平时,m1,社会,2022-03-01,2022-03-03,立案,2022-03-10,2022-03-20,区民政局,2022-05-01,A\n"))
	f.Add([]byte("届次,提案号,案由,提案类型,提案性质,第一提案人,联名提案人,内容分类,提交日期,审查结果,审查结果日期,并入提案号\n" +
		"9,2,关于发展夜间经济的建议,联名,大会,m1,m2、m3,经济,2022/1/8,并案,2022年1月20日,1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzCheck(t, data, func(r *bytes.Reader, name string) (*RegisterImport, error) {
			return ReadRegister(r, name, Options{Rules: proposal.Rules{}})
		})
	})
}

func FuzzReadDuties(f *testing.F) {
	f.Add([]byte("委员,日期,履职类型,数量,请假事由\nm1,2022-01-08,出席全体会议,2,\nm2,2022-01-08,请假,,出差\n"))
	f.Add([]byte("姓名,会议日期,类型\nm1,44569,出席\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzCheck(t, data, func(r *bytes.Reader, name string) (*DutyImport, error) { return ReadDuties(r, name, Options{}) })
	})
}
