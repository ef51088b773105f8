// Package par runs independent pieces of work on all processors with
// results that do not depend on scheduling.
//
// # Use
//
// [Do] runs a list of tasks; [Chunks] splits the indices 0…n-1 into
// ranges and runs one task per range; a [Group] runs tasks as they are
// found, while the caller goes on finding them. Each task writes only its own part
// of a result the caller laid out in advance (a slot of a slice, a field
// of a struct), so the result is the same whatever order the tasks run
// in. With GOMAXPROCS=1, or a single task, everything runs on the
// caller's goroutine.
//
// # Failure
//
// A task that returns false stops the tasks not yet started; the others
// run to their end. A task that panics counts as failed, and the panic is
// raised again, with the same value, on the goroutine that called [Do],
// [Chunks] or [Group.Wait] once the running tasks have ended: as if the
// work had run on that goroutine, so a caller's recover still sees it.
package par
