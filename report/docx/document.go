package docx

import (
	"fmt"
	"math"
	"strings"

	"github.com/lvzhi-go/lvzhi/report/internal/textwidth"
	"github.com/lvzhi-go/lvzhi/report/internal/titlebreak"
	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/zh"
)

// body accumulates the paragraphs of word/document.xml.
type body struct {
	b strings.Builder
	// afterTable is set while the last thing written is a table (with
	// its notes), so that a following table's caption keeps its distance.
	afterTable bool
}

// para writes a paragraph of style style (extra holds further w:pPr
// children, in schema order after w:pStyle) with one run of text.
func (w *body) para(style, extra, text string) {
	w.open(style, extra)
	w.run("", text)
	w.b.WriteString(`</w:p>`)
}

func (w *body) open(style, extra string) {
	w.afterTable = false
	fmt.Fprintf(&w.b, `<w:p><w:pPr><w:pStyle w:val="%s"/>%s</w:pPr>`, style, extra)
}

// run writes a run of text with character style cstyle ("" for none).
func (w *body) run(cstyle, text string) {
	w.b.WriteString(`<w:r>`)
	if cstyle != "" {
		fmt.Fprintf(&w.b, `<w:rPr><w:rStyle w:val="%s"/></w:rPr>`, cstyle)
	}
	writeRunText(&w.b, text)
	w.b.WriteString(`</w:r>`)
}

// titleEms is how many 2号 characters a line of the text block holds: 20.
const titleEms = float64(textWidth / (titleSize * 10))

// titleLines returns a title with a line break wherever it must turn
// (titlebreak: balanced lines, words kept whole, 上短下长), so that Word,
// WPS and LibreOffice all break it there.
func titleLines(title string) string {
	return strings.Join(titlebreak.Lines(title, titleEms), "\n")
}

// documentXML returns word/document.xml: title, opening, numbered sections,
// shortcomings, plans and the 落款, then the section properties with the
// GB/T 9704 page, margins, grid and footers.
func documentXML(d *summary.Document, cfg *config) (string, error) {
	var w body
	w.head(d.Head, cfg.fonts)
	if d.Head.Mark != "" {
		// 标题 two lines below the red separator line (§7.3.1).
		w.para(styleTitle, fmt.Sprintf(`<w:spacing w:before="%d" w:after="%d" w:line="%[2]d" w:lineRule="exact"/>`, 2*linePitch, linePitch), titleLines(d.Title))
	} else {
		w.para(styleTitle, "", titleLines(d.Title))
	}
	w.to(d.To)
	for _, p := range d.Opening {
		w.para(styleNormal, "", p)
	}
	if err := w.sections(d.Sections, 0); err != nil {
		return "", err
	}
	if !d.Shortcomings.IsZero() {
		w.para(styleNormal, "", d.Shortcomings.Text())
	}
	if err := w.plans(d.Plans, len(d.Sections)); err != nil {
		return "", err
	}
	w.attachmentList(d.Attachments)
	w.closing(d)
	w.note(d.Note)
	w.attachments(d.Attachments, cfg.fonts)
	w.record(d.Record)

	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	b.WriteString(w.b.String())
	b.WriteString(`<w:sectPr>`)
	if cfg.pageNumbers {
		fmt.Fprintf(&b, `<w:footerReference w:type="default" r:id="%s"/><w:footerReference w:type="even" r:id="%s"/>`, ridFooterOdd, ridFooterEven)
	}
	fmt.Fprintf(&b, `<w:pgSz w:w="%d" w:h="%d"/>`, pageWidth, pageHeight)
	fmt.Fprintf(&b, `<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`,
		marginTop, marginRight, marginBottom, marginLeft, headerDistance, footerDistance)
	b.WriteString(`<w:cols w:space="425"/>`)
	fmt.Fprintf(&b, `<w:docGrid w:type="linesAndChars" w:linePitch="%d" w:charSpace="%d"/>`, linePitch, charSpace)
	b.WriteString(`</w:sectPr></w:body></w:document>`)
	return b.String(), nil
}

// sections writes ss, numbered from 1, below a heading of level parent.
func (w *body) sections(ss []summary.Section, parent int) error {
	for i, s := range ss {
		lv := s.EffectiveLevel(parent)
		marker, err := zh.Heading(lv, i+1)
		if err != nil {
			return fmt.Errorf("标题序号：%w", err)
		}
		paras := s.Paragraphs
		if s.RunIn && len(paras) > 0 {
			// The heading opens the first paragraph, in its own font.
			w.open(styleNormal, "")
			w.run(runInStyle(lv), marker+s.Heading)
			w.run("", paras[0])
			w.b.WriteString(`</w:p>`)
			paras = paras[1:]
		} else {
			w.para(headingStyle(lv), "", marker+s.Heading)
		}
		for _, p := range paras {
			w.para(styleNormal, "", p)
		}
		for _, t := range s.Tables {
			w.table(t)
		}
		if err := w.sections(s.Subsections, lv); err != nil {
			return err
		}
	}
	return nil
}

// plans writes the 改进 part: its heading (numbered after the last of the
// n sections when Numbered is set), lead, items and closing sentence.
func (w *body) plans(p summary.Plans, n int) error {
	if p.Heading != "" {
		marker := ""
		if p.Numbered {
			m, err := zh.Heading(1, n+1)
			if err != nil {
				return fmt.Errorf("标题序号：%w", err)
			}
			marker = m
		}
		w.para(headingStyle(1), "", marker+p.Heading)
	}
	if p.Lead != "" {
		w.para(styleNormal, "", p.Lead)
	}
	if err := w.sections(p.Items, 0); err != nil {
		return err
	}
	if p.Closing != "" {
		w.para(styleNormal, "", p.Closing)
	}
	return nil
}

// closing writes the 落款 after one empty line, the issuer above the
// 成文日期 in Arabic numerals. Sealed (GB/T 9704-2012 §7.3.5.1, the
// default): the date's last character four characters from the right
// edge (右空四字) and the issuer centred on the date; when the issuer is so
// much wider than the date that it would run past the edge it is set
// flush right. Unsealed (§7.3.5.2, [summary.Document].Unsealed): the
// issuer two characters from the right edge (右空二字) and the date on the
// next line starting two characters right of the issuer's first
// character (set from the left, so that the width of the digits does not
// matter); a date too long for that keeps two characters from the edge
// and the issuer moves left to keep the offset.
func (w *body) closing(d *summary.Document) {
	date := ""
	if !d.Date.IsZero() {
		date = zh.Date(d.Date)
	}
	if d.Issuer == "" && date == "" {
		return
	}
	issuerRight, dateRight := signatureIndents(d.Issuer, date, d.Unsealed)
	space := fmt.Sprintf(`<w:spacing w:before="%d" w:after="0" w:line="%d" w:lineRule="exact"/>`, linePitch, linePitch)
	right := func(chars float64) string {
		return fmt.Sprintf(`<w:ind w:left="0" w:right="%d" w:firstLineChars="0" w:firstLine="0"/>`, int(math.Round(chars*bodyChar)))
	}
	if d.Issuer != "" {
		w.para(styleSignature, space+right(issuerRight), d.Issuer)
		space = ""
	}
	if date != "" {
		ind := right(dateRight)
		if d.Unsealed && d.Issuer != "" && dateRight > 2 {
			// The date starts two characters right of the issuer's first
			// character: set it from the left, where the issuer's start
			// is known exactly (Chinese characters are one em in every
			// font; the width of the date's digits is not).
			// The issuer ends 2 × bodyChar from the right edge and its
			// characters advance bodyChar + condense each.
			left := float64(textWidth-2*bodyChar) - textChars(d.Issuer)*(bodyChar+condense) + 2*bodyChar
			ind = fmt.Sprintf(`<w:ind w:left="%d" w:right="0" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/>`, int(math.Round(left)))
		}
		w.para(styleDate, space+ind, joinScripts(date))
	}
}

// signatureIndents returns the right indents, in body characters, of the
// issuer and the date of the 落款 (see [body.closing]).
func signatureIndents(issuer, date string, unsealed bool) (issuerRight, dateRight float64) {
	iw, dw := textChars(issuer), textChars(date)
	if unsealed {
		issuerRight, dateRight = 2, iw-dw
		if date != "" && dateRight < 2 {
			dateRight = 2
			issuerRight = 2 + 2 + dw - iw
		}
		if issuer == "" {
			dateRight = 2
		}
		return max(issuerRight, 0), max(dateRight, 0)
	}
	issuerRight, dateRight = dateRightChars, dateRightChars
	if date != "" {
		issuerRight += (dw - iw) / 2
	}
	return max(issuerRight, 0), dateRight
}

// textChars returns the width of s in body characters: one for a wide or
// ambiguous (Chinese-font) character, a half for a narrow one such as an
// Arabic digit in Times New Roman. With several lines, the widest counts.
func textChars(s string) float64 { return float64(textwidth.Halves(s)) / 2 }
