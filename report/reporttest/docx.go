package reporttest

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// maxPartSize bounds one unzipped part of a document under test.
const maxPartSize = 64 << 20

// GoldenDOCX compares a DOCX file (any zip package: DOCX, XLSX) with the
// golden folder testdata/<dir>, part by part: each part of the package is
// a file at its own path in the folder ("testdata/summary/word/document.xml",
// "testdata/summary/[Content_Types].xml"). Zip metadata (order, times,
// compression) is not compared; the set of parts is.
//
// XML parts (.xml, .rels) are stored and compared with a line break
// between adjacent tags, so that a mismatch is shown as a readable line
// diff of the part, changed characters marked (see [Diff]); the text
// itself is unchanged, so a stored part opens in any XML viewer. Other
// parts (images, fonts) are compared byte for byte.
//
// Like [Golden], a mismatch fails the test and carries on, and the -update
// flag rewrites the folder: every part is written and files that are no
// longer parts are removed, so that a renamed part does not linger.
func GoldenDOCX(tb testing.TB, dir string, docx []byte) {
	tb.Helper()
	goldenZip(tb, "testdata", dir, docx, *update)
}

// goldenZip does the work of GoldenDOCX with the base directory and the
// update mode as parameters, for tests of the package itself.
func goldenZip(tb testing.TB, base, dir string, data []byte, update bool) {
	tb.Helper()
	if dir == "" || !filepath.IsLocal(filepath.FromSlash(dir)) {
		tb.Fatalf("reporttest: golden folder %q must be a relative path inside testdata", dir)
		return
	}
	parts, err := unzipParts(data)
	if err != nil {
		tb.Errorf("reporttest: %v", err)
		return
	}
	root := filepath.Join(base, filepath.FromSlash(dir))
	names := make([]string, 0, len(parts))
	for name := range parts {
		names = append(names, name)
	}
	slices.Sort(names)
	if update {
		if err := writeParts(root, names, parts); err != nil {
			tb.Fatalf("reporttest: %v", err)
			return
		}
		tb.Logf("reporttest: updated %s (%d parts)", root, len(names))
		return
	}
	stored, err := listFiles(root)
	if errors.Is(err, fs.ErrNotExist) {
		missing(tb, "folder", root)
		return
	}
	if err != nil {
		tb.Fatalf("reporttest: %v", err)
		return
	}
	failed := false
	for _, name := range names {
		if !slices.Contains(stored, name) {
			tb.Errorf("reporttest: part %s is new: it is not in %s", name, root)
			failed = true
			continue
		}
		want, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil {
			tb.Fatalf("reporttest: %v", err)
			return
		}
		if got := parts[name]; !bytes.Equal(want, got) {
			failed = true
			if isXMLPart(name) {
				tb.Errorf("reporttest: part %s differs from %s (-want +got):\n%s", name, root,
					truncateLines(Diff(string(want), string(got)), maxDiffLines))
			} else {
				tb.Errorf("reporttest: part %s differs from %s (%d bytes stored, %d now)", name, root, len(want), len(got))
			}
		}
	}
	for _, name := range stored {
		if _, ok := parts[name]; !ok {
			tb.Errorf("reporttest: part %s of %s is missing from the document", name, root)
			failed = true
		}
	}
	if failed {
		tb.Errorf("reporttest: accept the new document with\n\tgo test -run '%s' -update", runPattern(tb.Name()))
	}
}

// unzipParts reads every part of a zip package, XML parts with a line
// break between adjacent tags.
func unzipParts(data []byte) (map[string][]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errors.New("the document is not a zip package: " + err.Error())
	}
	parts := make(map[string][]byte, len(zr.File))
	for _, f := range zr.File {
		name := path.Clean(f.Name)
		if strings.HasSuffix(f.Name, "/") {
			continue // a folder entry
		}
		if !filepath.IsLocal(filepath.FromSlash(name)) {
			return nil, errors.New("part name " + f.Name + " leaves the package")
		}
		if _, dup := parts[name]; dup {
			return nil, errors.New("part " + name + " occurs twice")
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(io.LimitReader(rc, maxPartSize+1))
		rc.Close()
		if err != nil {
			return nil, errors.New("part " + name + ": " + err.Error())
		}
		if len(b) > maxPartSize {
			return nil, errors.New("part " + name + " is larger than 64 MiB")
		}
		if isXMLPart(name) {
			b = bytes.ReplaceAll(b, []byte("><"), []byte(">\n<"))
		}
		parts[name] = b
	}
	return parts, nil
}

// isXMLPart reports whether a part is XML by its name.
func isXMLPart(name string) bool {
	return strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels")
}

// listFiles returns the files under root, as slash-separated paths
// relative to it, sorted.
func listFiles(root string) ([]string, error) {
	if _, err := os.Stat(root); err != nil {
		return nil, err
	}
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(root, p)
		out = append(out, filepath.ToSlash(rel))
		return err
	})
	slices.Sort(out)
	return out, err
}

// writeParts writes the parts under root and removes files that are not
// parts.
func writeParts(root string, names []string, parts map[string][]byte) error {
	stored, err := listFiles(root)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	for _, name := range stored {
		if _, ok := parts[name]; !ok {
			if err := os.Remove(filepath.Join(root, filepath.FromSlash(name))); err != nil {
				return err
			}
		}
	}
	for _, name := range names {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, parts[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}
