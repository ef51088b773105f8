// Command layoutcheck measures a PDF of a document written by lvzhi
// against GB/T 9704-2012 and prints the figures: margins, line pitch,
// lines per page, characters per line, how far anything runs past the
// right margin, the page numbers' position, the 落款, the 发文机关标志, the
// red separator line and the rules of the 版记.
//
// Usage:
//
//	layoutcheck [-dpi 300] [-unsealed] file.pdf
//
// It reads the PDF with pdftotext -bbox-layout and, for what depends on
// ink rather than on font boxes (the red line, the 一字线 of the page
// numbers, the rules of the 版记), rasterises pages with pdftoppm. Each
// figure is printed with the value the standard asks for and OK when it
// is within 1 mm (or exact, for counts). The exit status is 1 when a
// figure is off.
package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// The page of GB/T 9704-2012, in millimetres.
const (
	pageW, pageH       = 210.0, 297.0
	blockTop, blockBot = 37.0, 262.0
	blockLeft          = 28.0
	blockRight         = 184.0
	bodyChar           = 16 * 25.4 / 72 // one 3号 character
	numberChar         = 14 * 25.4 / 72 // one 4号 character
	tolerance          = 1.0
)

type line struct {
	XMin  float64 `xml:"xMin,attr"`
	YMin  float64 `xml:"yMin,attr"`
	XMax  float64 `xml:"xMax,attr"`
	YMax  float64 `xml:"yMax,attr"`
	Words []struct {
		XMin float64 `xml:"xMin,attr"`
		YMin float64 `xml:"yMin,attr"`
		XMax float64 `xml:"xMax,attr"`
		YMax float64 `xml:"yMax,attr"`
		Text string  `xml:",chardata"`
	} `xml:"word"`
}

type page struct {
	Width  float64 `xml:"width,attr"`
	Height float64 `xml:"height,attr"`
	Blocks []struct {
		Lines []line `xml:"line"`
	} `xml:"flow>block"`
}

// text returns the words of l joined without spaces between Chinese
// words.
func (l line) text() string {
	var b strings.Builder
	for _, w := range l.Words {
		b.WriteString(strings.TrimSpace(w.Text))
	}
	return b.String()
}

// pt2mm converts PDF points to millimetres.
func pt2mm(v float64) float64 { return v * 25.4 / 72 }

type checker struct {
	pdf      string
	dpi      int
	unsealed bool
	pages    []page
	bad      int
}

func main() {
	c := checker{}
	flag.IntVar(&c.dpi, "dpi", 300, "resolution for ink measurements")
	flag.BoolVar(&c.unsealed, "unsealed", false, "check the 落款 of a document without a seal (§7.3.5.2)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: layoutcheck [-dpi 300] [-unsealed] file.pdf")
		os.Exit(2)
	}
	c.pdf = flag.Arg(0)
	if err := c.run(); err != nil {
		fmt.Fprintln(os.Stderr, "layoutcheck:", err)
		os.Exit(2)
	}
	if c.bad > 0 {
		fmt.Printf("%d figure(s) off\n", c.bad)
		os.Exit(1)
	}
}

// report prints one figure against the value wanted.
func (c *checker) report(name string, got, want, tol float64, unit string) {
	status := "OK"
	if got < want-tol || got > want+tol {
		status = "OFF"
		c.bad++
	}
	fmt.Printf("%-34s %8.2f %-3s (standard %.2f ±%.2f)  %s\n", name, got, unit, want, tol, status)
}

// info prints a figure the standard does not fix.
func (c *checker) info(name string, got float64, unit string) {
	fmt.Printf("%-34s %8.2f %s\n", name, got, unit)
}

func (c *checker) run() error {
	out, err := exec.Command("pdftotext", "-bbox-layout", c.pdf, "-").Output()
	if err != nil {
		return fmt.Errorf("pdftotext: %w", err)
	}
	var doc struct {
		Pages []page `xml:"body>doc>page"`
	}
	if err := xml.NewDecoder(bytes.NewReader(out)).Decode(&doc); err != nil {
		return fmt.Errorf("reading pdftotext output: %w", err)
	}
	c.pages = doc.Pages
	if len(c.pages) == 0 {
		return errors.New("no pages")
	}
	p0 := c.pages[0]
	fmt.Printf("%s: %d pages\n", filepath.Base(c.pdf), len(c.pages))
	c.report("page width", pt2mm(p0.Width), pageW, 0.5, "mm")
	c.report("page height", pt2mm(p0.Height), pageH, 0.5, "mm")
	c.body()
	c.pageNumbers()
	c.signature()
	if err := c.head(); err != nil {
		return err
	}
	return c.record()
}

// lines returns the lines of page i, top to bottom.
func (c *checker) lines(i int) []line {
	var ls []line
	for _, b := range c.pages[i].Blocks {
		ls = append(ls, b.Lines...)
	}
	slices.SortStableFunc(ls, func(a, b line) int {
		switch {
		case a.YMax < b.YMax-1:
			return -1
		case a.YMax > b.YMax+1:
			return 1
		}
		switch {
		case a.XMin < b.XMin:
			return -1
		case a.XMin > b.XMin:
			return 1
		}
		return 0
	})
	// Pieces of one line (same baseline) become one line.
	var out []line
	for _, l := range ls {
		if n := len(out); n > 0 && abs(out[n-1].YMax-l.YMax) < 1 {
			m := &out[n-1]
			m.XMin, m.XMax = min(m.XMin, l.XMin), max(m.XMax, l.XMax)
			m.YMin = min(m.YMin, l.YMin)
			m.Words = append(m.Words, l.Words...)
			continue
		}
		out = append(out, l)
	}
	return out
}

var pageNumber = regexp.MustCompile(`^—\s*\d+\s*—$`)

// bodyLines returns the lines of page i inside the text block's height.
func (c *checker) bodyLines(i int) []line {
	var out []line
	for _, l := range c.lines(i) {
		if pageNumber.MatchString(l.text()) || pt2mm(l.YMax) > blockBot+3 {
			continue
		}
		out = append(out, l)
	}
	return out
}

// isBody reports whether l is a line of body text: it advances about one
// 3号 character (15.7 pt, condensed by 0.3 pt; up to 18 pt when
// justification spreads a line or its digits are wider than half a
// character, as LibreOffice sets them with spaces around) per character.
// LAYOUTCHECK_DEBUG=1 lists the lines it leaves out. Table cells (4号 or smaller), titles (2号)
// and page numbers fall outside.
func (c *checker) isBody(l line) bool {
	n := width(l.text())
	if n < 4 {
		return false
	}
	adv := (l.XMax - l.XMin) / n
	if os.Getenv("LAYOUTCHECK_DEBUG") != "" && (adv < 15.0 || adv > 18) {
		fmt.Fprintf(os.Stderr, "not body: %.2f %q\n", adv, l.text())
	}
	return adv >= 15.0 && adv <= 18
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// width returns the width of s in 3号 characters: one for a Chinese
// character or full-width mark, a half for an ASCII character.
func width(s string) float64 {
	w := 0.0
	for _, r := range s {
		if r < 0x2E80 && r != '—' && r != '“' && r != '”' {
			w += 0.5
		} else {
			w++
		}
	}
	return w
}

// body measures the text block from the body pages.
func (c *checker) body() {
	var pitches []float64
	maxLines, full := 0, 0
	left, right := 1e9, 0.0
	var rightPage int
	counts := map[float64]int{}
	isBody := c.isBody
	for i := range c.pages {
		ls := c.bodyLines(i)
		n := 0
		for j, l := range ls {
			if !isBody(l) {
				continue
			}
			n++
			left = min(left, pt2mm(l.XMin))
			if pt2mm(l.XMax) > right {
				right, rightPage = pt2mm(l.XMax), i+1
			}
			if j > 0 {
				prev := ls[j-1]
				if d := pt2mm(l.YMax - prev.YMax); d > 9 && d < 11 && isBody(prev) {
					pitches = append(pitches, d)
				}
			}
			if pt2mm(l.XMax-l.XMin) > 150 && pt2mm(l.XMin) < blockLeft+1 {
				counts[width(l.text())]++
			}
		}
		if n > maxLines {
			maxLines, full = n, i+1
		}
	}
	c.report("left margin (leftmost body text)", left, blockLeft, tolerance, "mm")
	c.report(fmt.Sprintf("right edge of text (page %d)", rightPage), right, blockRight, tolerance, "mm")
	over := max(right-blockRight, 0)
	c.report("past the right margin", over, 0, 0.3, "mm")
	if len(pitches) > 0 {
		sum := 0.0
		for _, p := range pitches {
			sum += p
		}
		// 22 lines of 28.95 pt (579 twips): the 225 mm block divided by 22
		// and rounded down to a whole twip.
		c.report("line pitch (mean)", sum/float64(len(pitches)), 579.0/20*25.4/72, 0.05, "mm")
	}
	c.report(fmt.Sprintf("body lines on the fullest page (%d)", full), float64(maxLines), 22, 0, "")
	best, bestN := 0.0, 0
	for w, n := range counts {
		if n > bestN || n == bestN && w > best {
			best, bestN = w, n
		}
	}
	c.report(fmt.Sprintf("characters per full line (%d lines)", bestN), best, 28, 0.5, "")
	if full > 0 {
		ls := c.bodyLines(full - 1)
		var top, bot float64 = 1e9, 0
		for _, l := range ls {
			if !isBody(l) {
				continue
			}
			top, bot = min(top, pt2mm(l.YMin)), max(bot, pt2mm(l.YMax))
		}
		// Line boxes (ascent to descent of the font) must lie inside the
		// block: 22 exact lines of 28.95 pt fill 224.7 mm of its 225.
		c.info(fmt.Sprintf("first line box top (page %d)", full), top, "mm")
		c.info(fmt.Sprintf("last line box bottom (page %d)", full), bot, "mm")
		if img, err := c.raster(full); err == nil {
			t, _ := c.inkRows(img, blockLeft, blockRight, blockTop-8, blockTop+12, isDark)
			_, b := c.inkRows(img, blockLeft, blockRight, blockBot-12, blockBot+4, isDark)
			c.report(fmt.Sprintf("ink above the block's top (page %d)", full), max(blockTop-t, 0), 0, 0.5, "mm")
			c.report(fmt.Sprintf("ink below the block's bottom (page %d)", full), max(b-blockBot, 0), 0, 0.5, "mm")
		}
	}
}
