package spreadsheet

import (
	"bytes"
	"sync"
	"testing"
	"time"

	"github.com/lvzhi-go/lvzhi/internal/cputime"
	"github.com/lvzhi-go/lvzhi/internal/synth"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/summary"
)

var (
	nationalOnce sync.Once
	national     *summary.Records
	nationalErr  error
)

// nationalRecords returns the records of a national committee: 2,200
// members and 6,000 proposals.
func nationalRecords(b *testing.B) *summary.Records {
	b.Helper()
	nationalOnce.Do(func() {
		cfg := synth.National()
		cfg.IDNumbers = true
		national, nationalErr = synth.Generate(cfg)
	})
	if nationalErr != nil {
		b.Fatal(nationalErr)
	}
	return national
}

func nationalRoster(b *testing.B) *member.Roster {
	rec := nationalRecords(b)
	sectors, err := member.NewSectors(rec.LocalSectors...)
	if err != nil {
		b.Fatal(err)
	}
	ro, err := member.NewRosterOf(sectors, rec.Members...)
	if err != nil {
		b.Fatal(err)
	}
	return ro
}

// reportCPU adds the processor time per operation (user and system, all
// goroutines, including the collector's) to the benchmark's figures: on a
// shared machine the wall time per operation grows with the load, the
// processor time does not.
func reportCPU(b *testing.B, start time.Duration) {
	if start > 0 && b.N > 0 {
		b.ReportMetric(float64(cputime.Used()-start)/float64(b.N)/1e6, "cpu-ms/op")
	}
}

func BenchmarkWriteRosterNational(b *testing.B) {
	ro := nationalRoster(b)
	b.ReportAllocs()
	defer reportCPU(b, cputime.Used())
	for b.Loop() {
		var buf bytes.Buffer
		if err := WriteRoster(&buf, ro, ExportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadRosterNational(b *testing.B) {
	ro := nationalRoster(b)
	var buf bytes.Buffer
	if err := WriteRoster(&buf, ro, ExportOptions{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	defer reportCPU(b, cputime.Used())
	for b.Loop() {
		got, err := ReadRoster(bytes.NewReader(buf.Bytes()), "委员名单.xlsx", Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(got.Members) != ro.Len() {
			b.Fatalf("read %d members, want %d", len(got.Members), ro.Len())
		}
	}
}

func BenchmarkWriteRegisterNational(b *testing.B) {
	rec := nationalRecords(b)
	ro := nationalRoster(b)
	b.ReportAllocs()
	defer reportCPU(b, cputime.Used())
	for b.Loop() {
		var buf bytes.Buffer
		if _, err := WriteRegister(&buf, rec.Proposals, ExportOptions{Roster: ro, Rules: rec.ProposalRules}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadRegisterNational(b *testing.B) {
	rec := nationalRecords(b)
	ro := nationalRoster(b)
	var buf bytes.Buffer
	if _, err := WriteRegister(&buf, rec.Proposals, ExportOptions{Roster: ro, Rules: rec.ProposalRules}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	defer reportCPU(b, cputime.Used())
	for b.Loop() {
		got, err := ReadRegister(bytes.NewReader(buf.Bytes()), "提案明细表.xlsx", Options{Roster: ro, Rules: rec.ProposalRules})
		if err != nil {
			b.Fatal(err)
		}
		if len(got.Proposals) != len(rec.Proposals) {
			b.Fatalf("read %d proposals, want %d", len(got.Proposals), len(rec.Proposals))
		}
	}
}
