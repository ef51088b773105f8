package archive_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/archive"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/zh"
)

func TestFileName(t *testing.T) {
	for _, c := range []struct {
		name, id, want string
	}{
		{"覃建华", "m001", "覃建华-m001.docx"},
		{"阿依古丽·买买提", "2022/015", "阿依古丽·买买提-2022_015.docx"},
		{"张三", `a:b*c?"d"<e>|f\g`, "张三-a_b_c__d__e__f_g.docx"},
		{"张三", "..", "张三-__.docx"},
		{" 李四.", "id\x00\n", "_李四_-id__.docx"},
		{"", "", "_-_.docx"},
	} {
		assert.Equal(t, c.want, archive.FileName(member.Member{Name: c.name, ID: lvID(c.id)}), "%q %q", c.name, c.id)
	}
}

func FuzzFileName(f *testing.F) {
	f.Add("覃建华", "m001")
	f.Add("..", "/etc/passwd")
	f.Add("\u3000名\u3000", "a\\b")
	f.Fuzz(func(t *testing.T, name, id string) {
		got := archive.FileName(member.Member{Name: name, ID: lvID(id)})
		require.True(t, strings.HasSuffix(got, ".docx"))
		base := strings.TrimSuffix(got, ".docx")
		for _, r := range base {
			if utf8.ValidString(name + id) {
				assert.False(t, unicode.IsControl(r) || strings.ContainsRune(`/\:*?"<>|`, r), "%q", got)
			}
		}
		assert.False(t, strings.HasPrefix(got, ".") || strings.HasPrefix(got, " "), "%q", got)
		assert.NotContains(t, got, "..docx")
	})
}

// The batch lists every member once, in 姓氏笔画 order, with distinct names.
func TestBatchOrder(t *testing.T) {
	b := halfyearBook(t)
	x := b.Batch()
	require.Equal(t, len(halfyearRecords(t).Members), x.Len())
	seen := map[string]bool{}
	var names []string
	for i := range x.Len() {
		assert.False(t, seen[x.Name(i)], x.Name(i))
		seen[x.Name(i)] = true
		d, err := x.Document(i)
		require.NoError(t, err)
		name, _, _ := strings.Cut(x.Name(i), "-")
		assert.True(t, strings.HasPrefix(d.Title, name+"委员"), "file %s holds %s", x.Name(i), d.Title)
		names = append(names, name)
	}
	for i := 1; i < len(names); i++ {
		assert.LessOrEqual(t, zh.StrokeCompare(names[i-1], names[i]), 0, "%s before %s", names[i-1], names[i])
	}
}
