// Package cputime reads the processor time the running process has used,
// for benchmarks that run on shared machines.
//
// # Why processor time
//
// Wall time grows when other programs compete for the processors; the
// user and system time the operating system charges to the process does
// not. Benchmarks report both: the wall time a user waits and, beside it,
// the processor time (b.ReportMetric), which stays comparable between
// runs on a busy machine.
package cputime
