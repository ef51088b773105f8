// Package reporttest compares rendered documents with golden files, for
// the tests of package report and for the tests of programs that render
// work summaries with it.
//
// # Golden files
//
// [Golden] and [GoldenString] compare a test's output with a file under
// testdata in the package directory, byte for byte. A mismatch fails the
// test with a unified-style line diff ([Diff]) that shows line numbers and
// three lines of context, so that a changed heading marker or a lost
// full-width space is easy to spot:
//
//	func TestSummaryText(t *testing.T) {
//		var buf bytes.Buffer
//		if err := report.Text(&buf, doc); err != nil {
//			t.Fatal(err)
//		}
//		reporttest.Golden(t, "summary.txt", buf.Bytes())
//	}
//
// # The -update flag
//
// Importing the package registers a boolean -update flag in the test
// binary (with [flag.Bool], so a test package that defines its own
// "update" flag cannot import reporttest). Run
//
//	go test -run TestSummaryText -update
//
// to write the current output into the golden files, creating testdata as
// needed, then review the files with git diff before committing them.
// When a golden file is missing, the failure message gives that command.
package reporttest
