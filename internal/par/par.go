package par

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// panicked holds the first panic of a set of tasks, to be raised again on
// the caller's goroutine.
type panicked struct {
	once  sync.Once
	value any
	set   atomic.Bool
}

// run calls t, turning a panic into a failure recorded in p.
func (p *panicked) run(t func() bool) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			p.once.Do(func() { p.value = r; p.set.Store(true) })
			ok = false
		}
	}()
	return t()
}

// raise panics again with the recorded value, if any.
func (p *panicked) raise() {
	if p.set.Load() {
		panic(p.value)
	}
}

// Do runs the tasks on up to GOMAXPROCS goroutines and reports whether all
// of them returned true. Once one returns false, tasks not yet started are
// skipped. If a task panics, Do panics with the same value on the
// caller's goroutine once the running tasks have ended.
func Do(tasks ...func() bool) bool {
	workers := min(runtime.GOMAXPROCS(0), len(tasks))
	if workers <= 1 {
		for _, t := range tasks {
			if !t() {
				return false
			}
		}
		return true
	}
	var next atomic.Int64
	var failed atomic.Bool
	var p panicked
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for !failed.Load() {
				i := int(next.Add(1)) - 1
				if i >= len(tasks) {
					return
				}
				if !p.run(tasks[i]) {
					failed.Store(true)
				}
			}
		})
	}
	wg.Wait()
	p.raise()
	return !failed.Load()
}

// Chunks calls fn(lo, hi) for consecutive ranges of at most size indices
// covering 0…n-1, in parallel as [Do] runs tasks, and reports whether
// every call returned true. A size below 1 is taken as 1.
func Chunks(n, size int, fn func(lo, hi int) bool) bool {
	size = max(size, 1)
	tasks := make([]func() bool, 0, (n+size-1)/size)
	for lo := 0; lo < n; lo += size {
		hi := min(lo+size, n)
		tasks = append(tasks, func() bool { return fn(lo, hi) })
	}
	return Do(tasks...)
}

// Group runs tasks as they are given, while the goroutine that gives them
// goes on with its own work (splitting the input, say): it uses the other
// processors until [Group.Wait], and then all of them.
type Group struct {
	sem    chan struct{}
	wg     sync.WaitGroup
	failed atomic.Bool
	p      panicked
}

// Start returns a Group whose tasks run on GOMAXPROCS goroutines, one of
// which is taken by the caller until it calls Wait.
func Start() *Group {
	g := &Group{sem: make(chan struct{}, runtime.GOMAXPROCS(0))}
	g.sem <- struct{}{} // the caller's processor
	return g
}

// Go runs t when a processor is free, unless a task has failed.
func (g *Group) Go(t func() bool) {
	g.wg.Go(func() {
		g.sem <- struct{}{}
		defer func() { <-g.sem }()
		if !g.failed.Load() && !g.p.run(t) {
			g.failed.Store(true)
		}
	})
}

// Fail marks the group failed: tasks not yet started will not run.
func (g *Group) Fail() { g.failed.Store(true) }

// Wait gives the caller's processor to the tasks, waits for all of them
// and reports whether none failed (and Fail was not called). If a task
// panicked, Wait panics with the same value.
func (g *Group) Wait() bool {
	<-g.sem
	g.wg.Wait()
	g.p.raise()
	return !g.failed.Load()
}
