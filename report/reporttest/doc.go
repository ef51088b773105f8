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
// A paragraph is one line of rendered text, so a one-character change
// would show two long lines; the diff marks the characters that changed
// instead, [-old-] and {+new+}, with twenty characters of context.
//
// # DOCX
//
// [GoldenDOCX] compares a DOCX (or any zip package) with a folder of its
// parts under testdata, part by part: zip order, times and compression do
// not matter, XML parts are stored one tag a line so that a mismatch is a
// readable diff of word/document.xml, and a part added or missing is named:
//
//	reporttest.GoldenDOCX(t, "summary.docx.d", buf.Bytes())
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
