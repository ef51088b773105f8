package main

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// openUnihan opens dir/name, or dir/name.bz2 as Debian's unicode-data ships it.
func openUnihan(dir, name string) (io.Reader, func() error, error) {
	f, err := os.Open(filepath.Join(dir, name))
	if err == nil {
		return f, f.Close, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, nil, err
	}
	f, err = os.Open(filepath.Join(dir, name+".bz2"))
	if err != nil {
		return nil, nil, err
	}
	return bzip2.NewReader(f), f.Close, nil
}

// readUnihanField returns the first value of field for every code point that has it.
func readUnihanField(dir, name, field string) (map[rune]string, error) {
	r, closeFn, err := openUnihan(dir, name)
	if err != nil {
		return nil, err
	}
	defer closeFn()
	out := make(map[rune]string)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 3 || parts[1] != field || !strings.HasPrefix(parts[0], "U+") {
			continue
		}
		cp, err := strconv.ParseUint(parts[0][2:], 16, 32)
		if err != nil {
			return nil, fmt.Errorf("%s: %q: %w", name, parts[0], err)
		}
		out[rune(cp)] = strings.Fields(parts[2])[0]
	}
	return out, sc.Err()
}

// crossCheck compares the stroke counts with Unihan kTotalStrokes, reports the
// differences and the coverage of the 通用规范汉字表 on standard error, and writes the
// 通用规范汉字表 list with its kTotalStrokes counts to tghPath.
func crossCheck(t *table, dir, tghPath string) error {
	total, err := readUnihanField(dir, "Unihan_IRGSources.txt", "kTotalStrokes")
	if err != nil {
		return err
	}
	tgh, err := readUnihanField(dir, "Unihan_OtherMappings.txt", "kTGH")
	if err != nil {
		return err
	}
	var mismatches []string
	for _, e := range t.entries {
		if v, ok := total[e.r]; ok && v != strconv.Itoa(len(e.seq)) {
			mismatches = append(mismatches, fmt.Sprintf("%c %s/%d", e.r, v, len(e.seq)))
		}
	}
	fmt.Fprintf(os.Stderr, "strokegen: %d of %d counts differ from kTotalStrokes (first value): %s\n",
		len(mismatches), len(t.entries), strings.Join(mismatches, " "))

	type tghChar struct {
		pos int
		r   rune
	}
	chars := make([]tghChar, 0, len(tgh))
	for r, v := range tgh {
		_, pos, ok := strings.Cut(v, ":")
		n, err := strconv.Atoi(pos)
		if !ok || err != nil {
			return fmt.Errorf("kTGH of U+%04X: bad value %q", r, v)
		}
		chars = append(chars, tghChar{pos: n, r: r})
	}
	slices.SortFunc(chars, func(a, b tghChar) int { return a.pos - b.pos })
	covered := make(map[rune]bool, len(t.entries))
	for _, e := range t.entries {
		covered[e.r] = true
	}
	var b bytes.Buffer
	b.WriteString("# 通用规范汉字表 (2013): position, character, Unihan kTotalStrokes (first value).\n")
	b.WriteString("# Extracted by strokegen from Unihan_OtherMappings.txt (kTGH) and Unihan_IRGSources.txt\n")
	b.WriteString("# (kTotalStrokes) of the Unicode Character Database 15.0 (Unicode License v3).\n")
	n := 0
	for _, c := range chars {
		if covered[c.r] {
			n++
		}
		fmt.Fprintf(&b, "%d\t%c\t%s\n", c.pos, c.r, total[c.r])
	}
	fmt.Fprintf(os.Stderr, "strokegen: %d of %d characters of the 通用规范汉字表 covered\n", n, len(chars))
	return writeFile(tghPath, b.Bytes())
}
