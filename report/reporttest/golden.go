package reporttest

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// update is the -update flag of every test binary that imports the
// package.
var update = flag.Bool("update", false, "rewrite the golden files under testdata with the current output (package reporttest)")

// maxDiffLines bounds the diff shown in one failure message.
const maxDiffLines = 400

// Golden compares got with the golden file testdata/<name>, relative to
// the working directory of the test (the package directory under go test).
// name uses forward slashes and must stay inside testdata ("text/a.txt"
// is fine, "../a.txt" and "/a.txt" are not).
//
// On a mismatch Golden reports the test as failed with a line diff
// (-want +got, see [Diff]) and carries on, so that one test may check
// several files. When the file does not exist the failure message gives
// the go test command that creates it. With the -update flag Golden
// writes got into the file instead, creating testdata and any
// subdirectory, and logs the file name; review the new file before
// committing it.
//
// Files are compared byte for byte. Keep line endings stable on checkout,
// for example with a .gitattributes line "testdata/** -text".
func Golden(tb testing.TB, name string, got []byte) {
	tb.Helper()
	golden(tb, "testdata", name, got, *update)
}

// GoldenString is [Golden] for a string.
func GoldenString(tb testing.TB, name string, got string) {
	tb.Helper()
	golden(tb, "testdata", name, []byte(got), *update)
}

// golden does the work of Golden with the directory and the update mode
// as parameters, for tests of the package itself.
func golden(tb testing.TB, dir, name string, got []byte, update bool) {
	tb.Helper()
	if name == "" || !filepath.IsLocal(filepath.FromSlash(name)) {
		tb.Fatalf("reporttest: golden file name %q must be a relative path inside testdata", name)
		return
	}
	path := filepath.Join(dir, filepath.FromSlash(name))
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatalf("reporttest: %v", err)
			return
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatalf("reporttest: %v", err)
			return
		}
		tb.Logf("reporttest: updated %s", path)
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		missing(tb, "file", path)
		return
	}
	if err != nil {
		tb.Fatalf("reporttest: %v", err)
		return
	}
	if bytes.Equal(want, got) {
		return
	}
	tb.Errorf("reporttest: output differs from %s (-want +got):\n%s\naccept the new output with\n\tgo test -run '%s' -update",
		path, truncateLines(Diff(string(want), string(got)), maxDiffLines), runPattern(tb.Name()))
}

// missing reports a golden file or folder that does not exist, with the
// command that creates it.
func missing(tb testing.TB, what, path string) {
	tb.Helper()
	tb.Errorf("reporttest: golden %s %s does not exist; create it with\n\tgo test -run '%s' -update\nand review it before committing", what, path, runPattern(tb.Name()))
}

// runPattern returns a -run pattern that selects exactly the test (or
// subtest) named name.
func runPattern(name string) string {
	parts := strings.Split(name, "/")
	for i, p := range parts {
		parts[i] = "^" + regexp.QuoteMeta(p) + "$"
	}
	return strings.Join(parts, "/")
}

// truncateLines keeps the first n lines of s and says how many it left
// out.
func truncateLines(s string, n int) string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) <= n+1 {
		return s
	}
	rest := len(lines) - n
	if lines[len(lines)-1] == "" {
		rest--
	}
	return strings.Join(lines[:n], "") + "… " + strconv.Itoa(rest) + " more diff lines\n"
}
