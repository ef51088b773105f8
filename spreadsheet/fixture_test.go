package spreadsheet

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

// The office roster reads the same from its UTF-8 CSV, from the GBK copy
// (detected and given) and from the workbook LibreOffice made of it, where
// dates are date cells and mobile numbers are numbers.
func TestOfficeRosterFixtures(t *testing.T) {
	read := func(name string, opts Options) *RosterImport {
		t.Helper()
		f, err := os.Open(filepath.Join("testdata", name))
		require.NoError(t, err)
		defer f.Close()
		got, err := ReadRoster(f, name, opts)
		require.NoError(t, err, name)
		return got
	}
	want := read("委员名单-办公室.csv", Options{})
	require.Len(t, want.Members, 4)
	m := want.Members[0]
	assert.Equal(t, lvzhi.MemberID("A001"), m.ID)
	assert.Equal(t, "覃建华", m.Name)
	assert.Equal(t, member.Ethnicity("壮族"), m.Ethnicity)
	assert.Equal(t, lvzhi.MustDate(1968, 3, 12), m.BirthDate)
	assert.Equal(t, "13877210001", m.Contact.Mobile)
	assert.Equal(t, []member.Post{{Role: member.RoleViceChair, Tenure: member.Tenure{Start: lvzhi.MustDate(2021, 1, 8)}}}, m.Posts)
	assert.Equal(t, member.CommitteeDirector, m.Committees[0].Role)
	assert.Equal(t, member.GroupLeader, m.Groups[0].Role)
	assert.Equal(t, member.PartyDemocraticLeague, want.Members[1].Party)
	require.Len(t, want.Notes, 1)
	assert.Equal(t, "委员名单-办公室!O1（籍贯）：不认识的列，未导入；如需导入请改为规定的列名或在选项中增加同义列名", want.Notes[0].Error())

	assert.Equal(t, want.Members, read("委员名单-gbk.csv", Options{}).Members, "GBK detected")
	assert.Equal(t, want.Members, read("委员名单-gbk.csv", Options{Encoding: GB18030}).Members, "GBK given")
	lo := read("委员名单-libreoffice.xlsx", Options{})
	assert.Equal(t, want.Members, lo.Members, "LibreOffice workbook")
	assert.Len(t, lo.Notes, 1)

	// Read as UTF-8 when it is GBK: a clear error, not mojibake.
	f, err := os.Open(filepath.Join("testdata", "委员名单-gbk.csv"))
	require.NoError(t, err)
	defer f.Close()
	_, err = ReadRoster(f, "委员名单-gbk.csv", Options{Encoding: UTF8})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "不是有效的 UTF-8 文本")
}
