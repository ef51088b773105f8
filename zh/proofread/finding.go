package proofread

import "strconv"

// Kind classifies a [Finding].
type Kind int

// The kinds of finding.
const (
	KindNumber  Kind = iota + 1 // 数字用法 (GB/T 15835)
	KindHeading                 // 标题序号 (GB/T 9704 §7.3.3)
	KindTerm                    // 用词错误
	KindStyle                   // 文风 (repetition, long lists)
	KindPunct                   // 标点符号 (GB/T 15834)
)

var kindNames = [...]string{"", "数字用法", "标题序号", "用词错误", "文风", "标点符号"}

// String returns the Chinese name of k.
func (k Kind) String() string {
	if k < 1 || int(k) >= len(kindNames) {
		return "Kind(" + strconv.Itoa(int(k)) + ")"
	}
	return kindNames[k]
}

// Finding is one problem found in a text.
type Finding struct {
	Kind Kind `json:"kind"`
	// Rule is a stable identifier of the rule, such as "approx-after-exact"
	// or "term"; see the package documentation for the list.
	Rule string `json:"rule"`
	// Offset is the byte offset of the problem in the checked text, Line and
	// Column its 1-based line and character (rune) position.
	Offset int `json:"offset"`
	Line   int `json:"line"`
	Column int `json:"column"`
	// Text is the offending text as it appears.
	Text string `json:"text"`
	// Message explains the problem in Chinese.
	Message string `json:"message"`
	// Suggestion is the corrected text, when one can be given.
	Suggestion string `json:"suggestion,omitempty"`
}

// String formats f as "行:列 消息（原文 → 建议）".
func (f Finding) String() string {
	s := strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Column) + " " + f.Message + "（“" + f.Text + "”"
	if f.Suggestion != "" {
		s += " → “" + f.Suggestion + "”"
	}
	return s + "）"
}
