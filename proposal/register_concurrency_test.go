package proposal_test

import (
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/proposal"
)

// TestRegisterConcurrentReads reads one register from 16 goroutines at
// once (run with -race): statistics, look-ups and filters give every
// goroutine the same answers as a read done alone.
func TestRegisterConcurrentReads(t *testing.T) {
	reg := proposal.NewRegister(proposal.Rules{})
	for i := 1; i <= 80; i++ {
		p, err := proposal.New(hostileRecord(i), proposal.At(hday(1, 20), "m1"))
		require.NoError(t, err)
		for _, s := range stages[1 : 1+i%len(stages)] {
			require.NoError(t, s.do(p), "%d: %s", i, s.name)
		}
		require.NoError(t, reg.Add(p))
	}
	type answers struct {
		Year, Since, Range proposal.Statistics
		All                []string
		Got                bool
	}
	read := func() (answers, error) {
		var a answers
		a.Year = reg.StatisticsFor(lvzhi.Year(2022))
		a.Since = reg.StatisticsSince(hday(1, 8), hday(6, 15))
		a.Range = reg.Statistics(lvzhi.FirstHalf(2022).Range(), hday(5, 31))
		for _, p := range reg.Find(proposal.Filter{}) {
			b, err := json.Marshal(p)
			if err != nil {
				return a, err
			}
			a.All = append(a.All, fmt.Sprintf("%s %s", p.Label(), b))
		}
		_, a.Got = reg.Get(9, 40)
		return a, nil
	}
	want, err := read()
	require.NoError(t, err)
	require.Equal(t, 80, want.Year.Received)
	require.NotZero(t, want.Year.Closed, "the register holds proposals at every stage")

	const n = 16
	got := make([]answers, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { got[i], errs[i] = read() })
	}
	wg.Wait()
	for i := range n {
		require.NoError(t, errs[i])
		assert.Equal(t, want, got[i], "goroutine %d", i)
	}
}
