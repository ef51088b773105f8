package session_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi/session"
)

// TestRegisterConcurrentReads reads one register from 16 goroutines at
// once (run with -race): every goroutine sees the same sessions.
func TestRegisterConcurrentReads(t *testing.T) {
	r := hostileRegister(t)
	type answers struct {
		All  []session.Session
		Got  session.Session
		Len  int
		Seen bool
	}
	read := func() answers {
		s, ok := r.Get("c9")
		return answers{All: r.Sessions(), Got: s, Seen: ok, Len: r.Len()}
	}
	want := read()
	assert.True(t, want.Seen)
	const n = 16
	got := make([]answers, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { got[i] = read() })
	}
	wg.Wait()
	for i := range n {
		assert.Equal(t, want, got[i], "goroutine %d", i)
	}
}
