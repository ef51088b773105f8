package par_test

import (
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi/internal/par"
)

func TestChunksCoversEveryIndexOnce(t *testing.T) {
	for _, procs := range []int{1, 2, 8} {
		old := runtime.GOMAXPROCS(procs)
		for _, tc := range []struct{ n, size int }{{0, 4}, {1, 4}, {10, 3}, {12, 4}, {1000, 7}, {5, 0}} {
			hits := make([]int32, tc.n)
			ok := par.Chunks(tc.n, tc.size, func(lo, hi int) bool {
				assert.LessOrEqual(t, hi-lo, max(tc.size, 1))
				for i := lo; i < hi; i++ {
					atomic.AddInt32(&hits[i], 1)
				}
				return true
			})
			assert.True(t, ok)
			for i, h := range hits {
				assert.EqualValues(t, 1, h, "procs %d, n %d, size %d: index %d", procs, tc.n, tc.size, i)
			}
		}
		runtime.GOMAXPROCS(old)
	}
}

func TestDoStopsAfterAFailure(t *testing.T) {
	old := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(old)
	var ran []int
	ok := par.Do(
		func() bool { ran = append(ran, 0); return true },
		func() bool { ran = append(ran, 1); return false },
		func() bool { ran = append(ran, 2); return true },
	)
	assert.False(t, ok)
	assert.Equal(t, []int{0, 1}, ran, "on one processor the tasks after a failure do not run")
}

func TestDoReportsAnyFailure(t *testing.T) {
	old := runtime.GOMAXPROCS(4)
	defer runtime.GOMAXPROCS(old)
	tasks := make([]func() bool, 100)
	for i := range tasks {
		tasks[i] = func() bool { return i != 63 }
	}
	assert.False(t, par.Do(tasks...))
	assert.True(t, par.Do(tasks[:63]...))
	assert.True(t, par.Do())
}

func TestGroupRunsEveryTask(t *testing.T) {
	for _, procs := range []int{1, 2, 8} {
		old := runtime.GOMAXPROCS(procs)
		g := par.Start()
		hits := make([]int32, 50)
		for i := range hits {
			g.Go(func() bool { atomic.AddInt32(&hits[i], 1); return true })
		}
		assert.True(t, g.Wait(), "procs %d", procs)
		for i, h := range hits {
			assert.EqualValues(t, 1, h, "procs %d: task %d", procs, i)
		}
		runtime.GOMAXPROCS(old)
	}
}

func TestGroupFailure(t *testing.T) {
	old := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(old)
	g := par.Start()
	var ran atomic.Int32
	g.Go(func() bool { ran.Add(1); return false })
	assert.True(t, ran.Load() == 0, "on one processor nothing runs before Wait")
	assert.False(t, g.Wait())

	g = par.Start()
	g.Fail()
	g.Go(func() bool { ran.Add(1); return true })
	assert.False(t, g.Wait())
	assert.EqualValues(t, 1, ran.Load(), "a failed group starts no task")
}

func TestPanicsReachTheCaller(t *testing.T) {
	old := runtime.GOMAXPROCS(4)
	defer runtime.GOMAXPROCS(old)
	boom := func() bool { panic("坏了") }
	ok := func() bool { return true }
	assert.PanicsWithValue(t, "坏了", func() { par.Do(ok, boom, ok, ok) })
	assert.PanicsWithValue(t, "坏了", func() {
		par.Chunks(10, 2, func(lo, _ int) bool { return lo != 4 || boom() })
	})
	assert.PanicsWithValue(t, "坏了", func() {
		g := par.Start()
		g.Go(ok)
		g.Go(boom)
		g.Wait()
	})
	assert.True(t, par.Do(ok, ok), "the next run is unaffected")
}
