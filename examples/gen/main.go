// Command gen writes synthetic records of a 政协 committee and one year of
// its work (members, sessions, proposals, research topics and activities)
// as a records file that package summary loads, for benchmarks, load
// tests and demonstrations:
//
//	go run ./examples/gen -members 2200 -proposals 6000 -seed 1 -o records.json
//
// Flags set the sizes (-members, -proposals, -steps, -activities,
// -topics), the committee's level (-level district, province or
// national: also the default sizes), the year and the seed. The same
// flags always give the same file. It prints nothing but errors.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/lvzhi-go/lvzhi/internal/synth"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	level := fs.String("level", "national", "规模预设：district、province 或 national")
	members := fs.Int("members", -1, "委员人数（默认取规模预设）")
	proposals := fs.Int("proposals", -1, "提案件数（默认取规模预设）")
	steps := fs.Int("steps", synth.DefaultSteps, "每件提案的平均办理步骤数")
	activities := fs.Int("activities", -1, "活动记录数（默认取规模预设）")
	topics := fs.Int("topics", 0, "调研课题数（0 为每百名委员一个，至少4个）")
	year := fs.Int("year", synth.DefaultYear, "年份")
	seed := fs.Uint64("seed", 1, "随机种子")
	ids := fs.Bool("idnumbers", true, "生成公民身份号码")
	duties := fs.Bool("duties", false, "生成履职记录")
	out := fs.String("o", "-", "输出文件（- 为标准输出）")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := synth.Preset(*level)
	if err != nil {
		return err
	}
	if *members >= 0 {
		cfg.Members = *members
	}
	if *proposals >= 0 {
		cfg.Proposals = *proposals
	}
	if *activities >= 0 {
		cfg.Activities = *activities
	}
	cfg.StepsPerProposal, cfg.Topics, cfg.Year, cfg.Seed = *steps, *topics, *year, *seed
	cfg.IDNumbers, cfg.Duties = *ids, *duties
	rec, err := synth.Generate(cfg)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := rec.Save(&buf); err != nil {
		return err
	}
	if *out == "-" {
		_, err = stdout.Write(buf.Bytes())
		return err
	}
	return os.WriteFile(*out, buf.Bytes(), 0o644)
}
