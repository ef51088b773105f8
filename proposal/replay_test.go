package proposal

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

// longHistory returns the JSON of a registered key proposal whose history
// goes on with n 督办 steps by distinct leaders, or, with second set, of a
// submitted proposal with n 附议 steps by distinct members.
func longHistory(tb testing.TB, n int, second bool) []byte {
	tb.Helper()
	p := submitted(tb, 1)
	if !second {
		mustDo(tb, p.Review(At(day(1, 10), "")))
		mustDo(tb, p.Register(At(day(1, 11), "")))
		mustDo(tb, p.MarkKey(At(day(1, 12), "主席会议")))
	}
	steps := p.History()
	for i := range n {
		s := Step{Action: ActionSupervise, Date: day(2, 1), Leader: fmt.Sprintf("领导%d", i)}
		if second {
			s = Step{Action: ActionSecond, Date: day(1, 9), Member: memberN(i)}
		}
		steps = append(steps, s)
	}
	data, err := json.Marshal(wire{Record: p.Record, History: steps})
	require.NoError(tb, err)
	return data
}

func memberN(i int) lvzhi.MemberID { return lvzhi.MemberID(fmt.Sprintf("m%05d", i)) }

// allocatedBy returns the bytes allocated while decoding data.
func allocatedBy(tb testing.TB, data []byte) uint64 {
	tb.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := Decode(data)
	runtime.ReadMemStats(&after)
	require.NoError(tb, err)
	return after.TotalAlloc - before.TotalAlloc
}

// leastAllocated returns the fewest bytes allocated by three decodes of
// data: the decoders' buffer pools make the first one cost more.
func leastAllocated(tb testing.TB, data []byte) uint64 {
	least := allocatedBy(tb, data)
	for range 2 {
		least = min(least, allocatedBy(tb, data))
	}
	return least
}

// TestReplayLinear holds replaying a history to work linear in its length:
// eight times the steps allocate 8–20 times the bytes (slices and maps
// grow by doubling), not the 50 and more measured when every step copied
// the lists of leaders or seconders.
func TestReplayLinear(t *testing.T) {
	for _, second := range []bool{false, true} {
		small := leastAllocated(t, longHistory(t, 1000, second))
		large := leastAllocated(t, longHistory(t, 8000, second))
		ratio := float64(large) / float64(small)
		t.Logf("附议=%v: %d bytes for 1000 steps, %d for 8000: ratio %.1f", second, small, large, ratio)
		assert.Less(t, ratio, 30.0, "附议=%v: %d bytes for 1000 steps, %d for 8000", second, small, large)
	}
}

func TestMaxSteps(t *testing.T) {
	_, err := Decode(longHistory(t, MaxSteps, false))
	var h *HistoryError
	require.True(t, errors.As(err, &h), "%v", err)
	assert.Equal(t, MaxSteps, h.Index)
	assert.Contains(t, err.Error(), "达到每件提案10000步的上限")

	p := submitted(t, 1)
	p.steps = make([]Step, MaxSteps)
	err = p.Second(At(day(1, 10), ""), "m002")
	assert.ErrorContains(t, err, "达到每件提案10000步的上限")
}

func TestMaxUnits(t *testing.T) {
	p := submitted(t, 1)
	mustDo(t, p.Review(At(day(1, 10), "")))
	mustDo(t, p.Register(At(day(1, 11), "")))
	units := make([]Unit, MaxUnits+1)
	for i := range units {
		units[i] = Unit{Name: fmt.Sprintf("单位%d", i), Role: Separate}
	}
	err := p.Assign(At(day(1, 12), ""), units...)
	assert.ErrorContains(t, err, "承办单位有101个，超过上限100个")
	assert.NoError(t, p.Assign(At(day(1, 12), ""), units[:MaxUnits]...))
}

// BenchmarkReplay decodes one proposal with a long history of 督办 or
// 附议 steps; compare the time per operation at 2,500 and 10,000 steps
// (linear replay: a ratio near 4).
func BenchmarkReplay(b *testing.B) {
	for _, second := range []bool{false, true} {
		for _, n := range []int{2500, 10000 - 4} {
			name := fmt.Sprintf("督办/steps=%d", n)
			if second {
				name = fmt.Sprintf("附议/steps=%d", n)
			}
			data := longHistory(b, n, second)
			b.Run(name, func(b *testing.B) {
				for b.Loop() {
					if _, err := Decode(data); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
