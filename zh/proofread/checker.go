package proofread

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Checker checks Chinese text. Build one with [New]; the zero Checker
// checks numbers and headings but knows no terms. A Checker is immutable
// after New and safe for concurrent use.
type Checker struct {
	rules     []rule
	terms     []Term
	skip      map[string]bool
	listLimit int
}

// Option configures a [Checker].
type Option func(*Checker)

// WithTerms replaces the term table (the default is [DefaultTerms]). To
// extend the default, pass append(proofread.DefaultTerms(), more...).
// Entries with an empty Wrong are ignored.
func WithTerms(terms []Term) Option {
	return func(c *Checker) {
		c.terms = slices.DeleteFunc(slices.Clone(terms), func(t Term) bool { return t.Wrong == "" })
	}
}

// WithoutRules turns off the rules with the given identifiers (see the
// package documentation); "term" turns off the term table.
func WithoutRules(ids ...string) Option {
	return func(c *Checker) {
		for _, id := range ids {
			c.skip[id] = true
		}
	}
}

// New returns a Checker with every rule and the default term table,
// changed by opts.
func New(opts ...Option) *Checker {
	c := &Checker{rules: defaultRules(), terms: DefaultTerms(), skip: map[string]bool{}}
	for _, o := range opts {
		o(c)
	}
	return c
}

// Check returns the findings in text, ordered by position and then by rule.
// Text that is not valid UTF-8 is checked as far as it is readable; the
// positions stay byte-exact.
func Check(text string) []Finding { return defaultChecker.Check(text) }

var defaultChecker = New()

// Check returns the findings in text, ordered by position and then by rule.
func (c *Checker) Check(text string) []Finding {
	if c == nil {
		c = &Checker{}
	}
	rules := c.rules
	if rules == nil {
		rules = defaultRules()
	}
	var out []Finding
	for _, r := range rules {
		if c.skip[r.id] {
			continue
		}
		for _, f := range r.find(text) {
			f.Rule, f.Kind = r.id, r.kind
			out = append(out, f)
		}
	}
	if !c.skip["term"] {
		out = append(out, c.findTerms(text)...)
	}
	out = append(out, c.findStyle(text)...)
	slices.SortFunc(out, func(a, b Finding) int {
		if a.Offset != b.Offset {
			return a.Offset - b.Offset
		}
		return strings.Compare(a.Rule, b.Rule)
	})
	locate(text, out)
	return out
}

func (c *Checker) findTerms(text string) []Finding {
	var out []Finding
	for _, t := range c.terms {
		for i := 0; ; {
			j := strings.Index(text[i:], t.Wrong)
			if j < 0 {
				break
			}
			msg := "用词错误：应为“" + t.Right + "”"
			if t.Note != "" {
				msg += "（" + t.Note + "）"
			}
			out = append(out, Finding{Kind: KindTerm, Rule: "term", Offset: i + j, Text: t.Wrong, Message: msg, Suggestion: t.Right})
			i += j + len(t.Wrong)
		}
	}
	return out
}

// locate fills Line and Column of findings sorted by Offset.
func locate(text string, fs []Finding) {
	line, col, pos := 1, 1, 0
	for i := range fs {
		for pos < fs[i].Offset && pos < len(text) {
			r, n := utf8.DecodeRuneInString(text[pos:])
			if r == '\n' {
				line, col = line+1, 1
			} else {
				col++
			}
			pos += n
		}
		fs[i].Line, fs[i].Column = line, col
	}
}
