package main

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// raster renders page n (1-based) at c.dpi and returns it.
func (c *checker) raster(n int) (image.Image, error) {
	dir, err := os.MkdirTemp("", "layoutcheck")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	prefix := filepath.Join(dir, "p")
	cmd := exec.Command("pdftoppm", "-r", fmt.Sprint(c.dpi), "-png", "-singlefile", "-f", fmt.Sprint(n), "-l", fmt.Sprint(n), c.pdf, prefix)
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pdftoppm: %v: %s", err, out)
	}
	f, err := os.Open(prefix + ".png")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return png.Decode(f)
}

// px converts millimetres to pixels and back.
func (c *checker) px(mm float64) int { return int(mm * float64(c.dpi) / 25.4) }
func (c *checker) mm(px int) float64 { return float64(px) * 25.4 / float64(c.dpi) }
func rgb(img image.Image, x, y int) (r, g, b uint32) {
	r, g, b, _ = img.At(x, y).RGBA()
	return r >> 8, g >> 8, b >> 8
}
func isRed(img image.Image, x, y int) bool {
	r, g, b := rgb(img, x, y)
	return r > 160 && g < 110 && b < 110
}
func isDark(img image.Image, x, y int) bool {
	r, g, b := rgb(img, x, y)
	return r < 110 && g < 110 && b < 110
}

// inkRows returns the first and last rows between y0 and y1 (mm) that
// have a pixel for which ink reports true between x0 and x1 (mm), or
// -1, -1.
func (c *checker) inkRows(img image.Image, x0, x1, y0, y1 float64, ink func(image.Image, int, int) bool) (top, bottom float64) {
	first, last := -1, -1
	for y := c.px(y0); y <= c.px(y1) && y < img.Bounds().Max.Y; y++ {
		for x := c.px(x0); x <= c.px(x1) && x < img.Bounds().Max.X; x++ {
			if ink(img, x, y) {
				if first < 0 {
					first = y
				}
				last = y
				break
			}
		}
	}
	if first < 0 {
		return -1, -1
	}
	return c.mm(first), c.mm(last + 1)
}

// rules returns the horizontal lines at least minLen mm long between y0
// and y1 (mm): each as top and thickness in mm.
func (c *checker) rules(img image.Image, y0, y1, minLen float64, ink func(image.Image, int, int) bool) [][2]float64 {
	var out [][2]float64
	start := -1
	for y := c.px(y0); y <= c.px(y1) && y < img.Bounds().Max.Y; y++ {
		run, best := 0, 0
		for x := 0; x < img.Bounds().Max.X; x++ {
			if ink(img, x, y) {
				run++
				best = max(best, run)
			} else {
				run = 0
			}
		}
		long := c.mm(best) >= minLen
		switch {
		case long && start < 0:
			start = y
		case !long && start >= 0:
			out = append(out, [2]float64{c.mm(start), c.mm(y - start)})
			start = -1
		}
	}
	return out
}

// pageNumbers checks the "— N —" lines: the side, one 4号 character in
// from the edge of the text block, and the 一字线 7 mm below the block.
func (c *checker) pageNumbers() {
	for i := range c.pages {
		for _, l := range c.lines(i) {
			if !pageNumber.MatchString(l.text()) {
				continue
			}
			n := i + 1
			if n%2 == 1 {
				c.report(fmt.Sprintf("page %d number: right gap", n), blockRight-pt2mm(l.XMax), numberChar, tolerance, "mm")
			} else {
				c.report(fmt.Sprintf("page %d number: left gap", n), pt2mm(l.XMin)-blockLeft, numberChar, tolerance, "mm")
			}
			if n > 2 {
				break
			}
			img, err := c.raster(n)
			if err != nil {
				fmt.Println("raster:", err)
				break
			}
			dash := l.Words[0]
			top, _ := c.inkRows(img, pt2mm(dash.XMin), pt2mm(dash.XMin)+numberChar*0.9, blockBot+0.5, pageH-1, isDark)
			c.report(fmt.Sprintf("page %d 一字线 below the block", n), top-blockBot, 7, tolerance, "mm")
		}
	}
}

var dateLine = regexp.MustCompile(`^\d{4}年\d{1,2}月\d{1,2}日$`)

// signature finds the 落款 (a date line and the issuer above it) and
// measures it against §7.3.5.1 (sealed) or §7.3.5.2 (unsealed).
func (c *checker) signature() {
	for i := range c.pages {
		ls := c.bodyLines(i)
		for j := 1; j < len(ls); j++ {
			if !dateLine.MatchString(ls[j].text()) {
				continue
			}
			d, is := ls[j], ls[j-1]
			fmt.Printf("落款 on page %d: %q over %q\n", i+1, is.text(), d.text())
			if c.unsealed {
				c.report("unsealed: issuer right gap", (blockRight-pt2mm(is.XMax))/bodyChar, 2, 0.25, "ch")
				c.report("unsealed: date start − issuer start", (pt2mm(d.XMin)-pt2mm(is.XMin))/bodyChar, 2, 0.25, "ch")
			} else {
				c.report("sealed: date right gap", (blockRight-pt2mm(d.XMax))/bodyChar, 4, 0.25, "ch")
				c.report("sealed: issuer centre − date centre", pt2mm((is.XMin+is.XMax)/2-(d.XMin+d.XMax)/2), 0, tolerance, "mm")
			}
			if j >= 2 {
				c.info("blank space above the issuer", pt2mm(is.YMax-ls[j-2].YMax)/(225.0/22)-1, "lines")
			}
			return
		}
	}
	fmt.Println("落款: no date line found")
}

// head measures the 版头 on page 1: the red 发文机关标志 35 mm below the
// top of the block, at most 156 mm wide, and the red line 4 mm below the
// 发文字号, as wide as the block.
func (c *checker) head() error {
	var number *line
	for _, l := range c.lines(0) {
		if strings.Contains(l.text(), "〔") {
			number = &l
			break
		}
	}
	if number == nil {
		fmt.Println("版头: no 发文字号 on page 1")
		return nil
	}
	img, err := c.raster(1)
	if err != nil {
		return err
	}
	reds := c.rules(img, blockTop, blockBot, 140, isRed)
	if len(reds) == 0 {
		fmt.Println("版头: no red line")
		return nil
	}
	red := reds[0]
	markTop, markBot := c.inkRows(img, blockLeft, blockRight, blockTop-5, red[0]-1, isRed)
	c.report("发文机关标志 top below the block top", markTop-blockTop, 35, tolerance, "mm")
	c.info("发文机关标志 height", markBot-markTop, "mm")
	l, r := c.inkCols(img, markTop, markBot)
	c.report("发文机关标志 width (at most 156)", min(r-l, 156), 156, 156-(r-l)+0.001, "mm")
	c.info("发文机关标志 width", r-l, "mm")
	_, numBot := c.inkRows(img, pt2mm(number.XMin), pt2mm(number.XMax), pt2mm(number.YMin), red[0]-0.2, isDark)
	c.report("red line below the 发文字号", red[0]-numBot, 4, tolerance, "mm")
	rl, rr := c.inkColsRed(img, red[0], red[0]+red[1])
	c.report("red line width", rr-rl, 156, tolerance, "mm")
	c.info("red line thickness", red[1], "mm")
	return nil
}

// inkCols returns the leftmost and rightmost red columns between rows
// y0 and y1 (mm).
func (c *checker) inkCols(img image.Image, y0, y1 float64) (l, r float64) {
	return c.colsOf(img, y0, y1, isRed)
}
func (c *checker) inkColsRed(img image.Image, y0, y1 float64) (l, r float64) {
	return c.colsOf(img, y0, y1, isRed)
}
func (c *checker) colsOf(img image.Image, y0, y1 float64, ink func(image.Image, int, int) bool) (l, r float64) {
	lo, hi := -1, -1
	for y := c.px(y0); y < c.px(y1); y++ {
		for x := 0; x < img.Bounds().Max.X; x++ {
			if ink(img, x, y) {
				if lo < 0 || x < lo {
					lo = x
				}
				hi = max(hi, x)
			}
		}
	}
	return c.mm(lo), c.mm(hi + 1)
}

// record measures the 版记 on the last page: its rules (thick, thin,
// thick), the last one on the bottom edge of the block, and the 抄送 and
// 印发 lines one 4号 character in from the edges.
func (c *checker) record() error {
	n := len(c.pages)
	var cc, printed *line
	for _, l := range c.lines(n - 1) {
		switch t := l.text(); {
		case strings.HasPrefix(t, "抄送："):
			cc = &l
		case strings.HasSuffix(t, "印发"):
			printed = &l
		}
	}
	if cc == nil && printed == nil {
		fmt.Println("版记: none on the last page")
		return nil
	}
	first := printed
	if cc != nil {
		first = cc
	}
	img, err := c.raster(n)
	if err != nil {
		return err
	}
	rs := c.rules(img, pt2mm(first.YMin)-12, pageH-1, 150, isDark)
	if len(rs) < 2 {
		fmt.Printf("版记: %d rules found\n", len(rs))
		return nil
	}
	for k, r := range rs {
		want := 0.25
		if k == 0 || k == len(rs)-1 {
			want = 0.35
		}
		c.report(fmt.Sprintf("版记 rule %d (at %.1f mm) thickness", k+1, r[0]), r[1], want, 0.1, "mm")
	}
	last := rs[len(rs)-1]
	c.report("版记 last rule bottom", last[0]+last[1], blockBot, tolerance, "mm")
	if cc != nil {
		c.report("抄送 left gap", pt2mm(cc.XMin)-blockLeft, numberChar, tolerance, "mm")
	}
	if printed != nil {
		c.report("印发机关 left gap", pt2mm(printed.XMin)-blockLeft, numberChar, tolerance, "mm")
		c.report("印发日期 right gap", blockRight-pt2mm(printed.XMax), numberChar, tolerance, "mm")
	}
	return nil
}
