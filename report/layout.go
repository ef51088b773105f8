package report

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi/summary"
	"github.com/lvzhi-go/lvzhi/zh"
)

// blockKind tells what a block of the laid-out document is.
type blockKind uint8

const (
	// blockTitle is the document title.
	blockTitle blockKind = iota + 1
	// blockPara is a body paragraph.
	blockPara
	// blockHeading is a heading on a line of its own.
	blockHeading
	// blockRunIn is a paragraph opened by a run-in heading.
	blockRunIn
	// blockIssuer is the issuer of the 落款.
	blockIssuer
	// blockDate is the 成文日期 of the 落款.
	blockDate
)

// block is one unit of the laid-out document, shared by all renderers so
// that every format has the same structure, markers and text.
type block struct {
	kind blockKind
	// level is the heading level (1–4) of a heading or run-in heading; an
	// unnumbered plans heading has level 1 and no marker.
	level int
	// marker is the heading marker (一、（一）1.（1）), empty for an
	// unnumbered heading.
	marker string
	// heading is the heading text without its marker.
	heading string
	// text is the paragraph text (for a run-in heading, what follows it),
	// the title, the issuer or the date in words.
	text string
	// iso is the date of a blockDate in ISO 8601 form.
	iso string
}

// layout checks d and the options and turns d into blocks in reading
// order: the title, the opening paragraphs, the sections with their
// markers, the shortcomings paragraph, the plans and the 落款.
func layout(d *summary.Document, cfg config) ([]block, error) {
	if err := check(d, cfg); err != nil {
		return nil, err
	}
	bs := []block{{kind: blockTitle, text: d.Title}}
	for _, p := range d.Opening {
		bs = append(bs, block{kind: blockPara, text: p})
	}
	bs, err := appendSections(bs, d.Sections, 0)
	if err != nil {
		return nil, err
	}
	if !d.Shortcomings.IsZero() {
		bs = append(bs, block{kind: blockPara, text: d.Shortcomings.Text()})
	}
	if bs, err = appendPlans(bs, d.Plans, len(d.Sections)); err != nil {
		return nil, err
	}
	if d.Issuer != "" {
		bs = append(bs, block{kind: blockIssuer, text: d.Issuer})
	}
	if !d.Date.IsZero() {
		bs = append(bs, block{kind: blockDate, text: zh.Date(d.Date), iso: d.Date.String()})
	}
	return bs, nil
}

// appendSections appends ss, numbered from 1, below a heading of level
// parent (0 at the top).
func appendSections(bs []block, ss []summary.Section, parent int) ([]block, error) {
	for i, s := range ss {
		lv := s.EffectiveLevel(parent)
		marker, err := zh.Heading(lv, i+1)
		if err != nil {
			// Validate has checked the levels; this is a safeguard.
			return nil, fmt.Errorf("report: 标题序号：%w", err)
		}
		paras := s.Paragraphs
		if s.RunIn && len(paras) > 0 {
			bs = append(bs, block{kind: blockRunIn, level: lv, marker: marker, heading: s.Heading, text: paras[0]})
			paras = paras[1:]
		} else {
			bs = append(bs, block{kind: blockHeading, level: lv, marker: marker, heading: s.Heading})
		}
		for _, p := range paras {
			bs = append(bs, block{kind: blockPara, text: p})
		}
		if bs, err = appendSections(bs, s.Subsections, lv); err != nil {
			return nil, err
		}
	}
	return bs, nil
}

// appendPlans appends the 改进 part: its heading (a level-1 heading
// numbered after the last of the n sections when Numbered is set), lead,
// items (levels as in [summary.Document.Validate]: top-level items are
// level 1 unless they set Level) and closing sentence.
func appendPlans(bs []block, p summary.Plans, n int) ([]block, error) {
	if p.Heading != "" {
		marker := ""
		if p.Numbered {
			m, err := zh.Heading(1, n+1)
			if err != nil {
				return nil, fmt.Errorf("report: 标题序号：%w", err)
			}
			marker = m
		}
		bs = append(bs, block{kind: blockHeading, level: 1, marker: marker, heading: p.Heading})
	}
	if p.Lead != "" {
		bs = append(bs, block{kind: blockPara, text: p.Lead})
	}
	bs, err := appendSections(bs, p.Items, 0)
	if err != nil {
		return nil, err
	}
	if p.Closing != "" {
		bs = append(bs, block{kind: blockPara, text: p.Closing})
	}
	return bs, nil
}
