package proposal

import "strings"

// Category is the subject area of a proposal (提案类别). The six common
// categories are constants; local schemes add their own (法制, 农业农村 …)
// through [Rules.Categories], never through a global list.
type Category string

// The categories most committees use.
const (
	Economy     Category = "经济"
	Politics    Category = "政治"
	Culture     Category = "文化"
	Society     Category = "社会"
	Ecology     Category = "生态文明"
	OtherMatter Category = "其他"
)

// DefaultCategories returns the six common categories in their usual
// order: 经济, 政治, 文化, 社会, 生态文明, 其他.
func DefaultCategories() []Category {
	return []Category{Economy, Politics, Culture, Society, Ecology, OtherMatter}
}

// String returns the category's name.
func (c Category) String() string { return string(c) }

// joinCategories joins names with 顿号, for messages.
func joinCategories(cs []Category) string {
	var b strings.Builder
	for i, c := range cs {
		if i > 0 {
			b.WriteString("、")
		}
		b.WriteString(string(c))
	}
	return b.String()
}
