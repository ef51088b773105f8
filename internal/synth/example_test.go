package synth_test

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi/internal/synth"
	"github.com/lvzhi-go/lvzhi/summary"
)

// A district committee's year, ready for a summary.Builder.
func ExampleGenerate() {
	cfg := synth.District()
	cfg.Seed = 42
	rec, err := synth.Generate(cfg)
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := summary.NewBuilder(rec); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rec.Committee.ShortName, len(rec.Members), "members,", len(rec.Proposals), "proposals,", len(rec.Activities), "activities")
	// Output: 区政协 200 members, 300 proposals, 1000 activities
}
