// Command strokegen writes the stroke-order table of package zh (stroke_table.go).
//
// # Data
//
// The stroke sequences follow GB13000.1 字符集汉字笔顺规范 (the national stroke-order
// standard for the GB 13000.1 character set): every character is a sequence of the five
// stroke classes 横 (1, including 提), 竖 (2, including 竖钩), 撇 (3), 点 (4, including 捺)
// and 折 (5, every stroke with a turn). The source is the npm package
// chinese-character-strokes 0.0.3 (licence ISC), whose file 笔顺数据.js holds the CJK part of
// the table CJK.txt of the UnicodeCJK-WuBi project: one sequence for each of the 20,976
// characters U+4E00–U+9FEF. Stroke orders are facts set by the standard; the package is named
// here as the source of their machine-readable form.
//
// An extract of that file, one "character TAB digits" line per character, is committed as
// testdata/gb13000_strokes.tsv, so that go generate needs no network. The file
// testdata/tgh_strokes.tsv lists the 8,105 characters of the 通用规范汉字表 (2013) with their
// Unihan kTotalStrokes count (Unicode Character Database, Unicode License v3); the tests of
// package zh use it to check coverage and counts.
//
// # Usage
//
// From the directory of package zh, go generate runs
//
//	go run ./internal/strokegen
//
// which reads the committed extract and writes stroke_table.go. To rebuild the extract from
// its sources:
//
//	npm install --prefix /tmp/strokes chinese-character-strokes@0.0.3
//	apt-get install unicode-data
//	go run ./internal/strokegen \
//		-js /tmp/strokes/node_modules/chinese-character-strokes/笔顺数据.js \
//		-unihan /usr/share/unicode -write-tsv
//
// With -unihan the command also compares every stroke count with Unihan kTotalStrokes and
// reports the differences on standard error.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	var (
		jsPath   = flag.String("js", "", "path to 笔顺数据.js of the npm package chinese-character-strokes (default: read the committed extract)")
		tsvPath  = flag.String("tsv", "internal/strokegen/testdata/gb13000_strokes.tsv", "committed extract: character TAB stroke digits")
		writeTSV = flag.Bool("write-tsv", false, "with -js: rewrite the committed extract from the package file")
		unihan   = flag.String("unihan", "", "directory holding Unihan_IRGSources.txt(.bz2) and Unihan_OtherMappings.txt(.bz2): cross-check counts and rewrite the 通用规范汉字表 list")
		tghPath  = flag.String("tgh", "internal/strokegen/testdata/tgh_strokes.tsv", "通用规范汉字表 list written with -unihan")
		outPath  = flag.String("o", "stroke_table.go", "output Go file")
	)
	flag.Parse()
	if err := run(*jsPath, *tsvPath, *writeTSV, *unihan, *tghPath, *outPath); err != nil {
		fmt.Fprintln(os.Stderr, "strokegen:", err)
		os.Exit(1)
	}
}

func run(jsPath, tsvPath string, writeTSV bool, unihanDir, tghPath, outPath string) error {
	var (
		tab *table
		err error
	)
	if jsPath != "" {
		tab, err = readFile(jsPath, parseJS)
		if err != nil {
			return err
		}
		if writeTSV {
			if err := writeFile(tsvPath, tab.tsv()); err != nil {
				return err
			}
		}
	} else {
		tab, err = readFile(tsvPath, parseTSV)
		if err != nil {
			return err
		}
	}
	if unihanDir != "" {
		if err := crossCheck(tab, unihanDir, tghPath); err != nil {
			return err
		}
	}
	src, err := tab.goSource()
	if err != nil {
		return err
	}
	return writeFile(outPath, src)
}

func readFile(path string, parse func(string) (*table, error)) (*table, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	tab, err := parse(string(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return tab, nil
}

func writeFile(path string, data []byte) error {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "strokegen: wrote %s (%d bytes)\n", path, len(data))
	return nil
}
