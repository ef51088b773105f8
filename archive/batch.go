package archive

import (
	"strings"
	"unicode"

	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/summary"
)

// Batch is the archives of every member of a [Book] in 姓氏笔画 order, in
// the shape the batch writers of package report/docx take (WriteZip for a
// zip of one DOCX per member, WriteBook for one DOCX with a section per
// member). It is safe for concurrent use.
type Batch struct {
	b       *Book
	members []member.Member
}

// Batch returns the archives of every member, in 姓氏笔画 order.
func (b *Book) Batch() Batch { return Batch{b: b, members: b.members} }

// Len returns the number of members.
func (x Batch) Len() int { return len(x.members) }

// Name returns the file name of the archive of member i: see [FileName].
func (x Batch) Name(i int) string { return FileName(x.members[i]) }

// Document returns the archive of member i.
func (x Batch) Document(i int) (*summary.Document, error) { return x.b.Document(x.members[i].ID) }

// FileName returns the file name of a member's archive, 姓名-委员编号.docx
// (覃建华-m001.docx), safe on every common file system: characters that
// Windows, macOS or Linux refuse in names (/ \ : * ? " < > | and control
// characters) become _, as do leading and trailing dots and spaces. Member
// IDs are unique on a roster, so the names of one batch are distinct.
func FileName(m member.Member) string {
	return safe(m.Name) + "-" + safe(string(m.ID)) + ".docx"
}

// safe replaces what file systems refuse in a name part; an empty part
// becomes _.
func safe(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if unicode.IsControl(r) || strings.ContainsRune(`/\:*?"<>|`, r) {
			rs[i] = '_'
		}
	}
	edge := func(r rune) bool { return r == '.' || r == ' ' || r == '\u3000' }
	for i := 0; i < len(rs) && edge(rs[i]); i++ {
		rs[i] = '_'
	}
	for i := len(rs) - 1; i >= 0 && edge(rs[i]); i-- {
		rs[i] = '_'
	}
	if len(rs) == 0 {
		return "_"
	}
	return string(rs)
}
