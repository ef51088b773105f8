//go:build unix

package spreadsheet

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time (user and system) the process has
// used so far: unlike the wall time, it does not grow when other
// programs compete for the processors.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
