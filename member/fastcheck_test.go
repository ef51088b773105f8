package member_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/validate"
	"github.com/lvzhi-go/lvzhi/member"
)

// edit changes one field of a member to an edge value. Edits of slice
// fields build new slices, so that the base members are never changed.
type edit struct {
	name string
	do   func(m *member.Member)
}

func han(n int) string   { return strings.Repeat("张", n) }
func ascii(n int) string { return strings.Repeat("a", n) }

// edgeStrings are values for free-text fields limited in length: empty,
// exactly at and one past the limits in bytes and in characters, white
// space and invalid UTF-8.
func edgeStrings(limit int) []string {
	return []string{"", " ", "某单位", ascii(limit), ascii(limit + 1), han(limit), han(limit + 1),
		" 某单位 ", "\xff\xfe", "ａｂｃ"}
}

var edgeDates = []lvzhi.Date{
	{}, {Year: 1970, Month: 5, Day: 1}, {Year: 2024, Month: 2, Day: 29}, {Year: 2023, Month: 2, Day: 29},
	{Year: 2022, Month: 2, Day: 30}, {Year: 2022, Month: 4, Day: 31}, {Year: 2022, Month: 13, Day: 1},
	{Year: 2022, Month: 0, Day: 1}, {Year: 2022, Month: 1, Day: 0}, {Year: 0, Month: 1, Day: 1},
	{Year: 10000, Month: 1, Day: 1}, {Year: -1, Month: 1, Day: 1}, {Year: 2021, Month: 1, Day: 10},
	{Year: 2022, Month: 12, Day: 31}, {Year: 2022, Month: 6, Day: 30},
}

func edgeTenures() []member.Tenure {
	var out []member.Tenure
	for i, s := range edgeDates {
		for j, e := range edgeDates {
			if (i+j)%3 == 0 || i == 0 || j == 0 {
				out = append(out, member.Tenure{Start: s, End: e})
			}
		}
	}
	return out
}

// edits returns every single-field edit the property test draws from.
func edits() []edit {
	var out []edit
	add := func(name string, do func(m *member.Member)) { out = append(out, edit{name, do}) }
	for _, v := range []string{"", " ", "m1", "ｍ１", ascii(64), ascii(65), han(64), han(65), "\xff"} {
		add("ID="+v, func(m *member.Member) { m.ID = lvzhi.MemberID(v) })
	}
	for _, v := range []string{"", "张", "张三", "张 三", "阿沛·阿旺晋美", "阿沛・阿旺晋美", "·张三", "张三·", "张··三",
		"Zhang San", han(20), han(21), "⺀三", "张\u3000三", "\xff张", "张三1", "𠀀𠀁"} {
		add("Name="+v, func(m *member.Member) { m.Name = v })
	}
	for _, v := range []member.Gender{0, member.Male, member.Female, 3, -1} {
		add("Gender", func(m *member.Member) { m.Gender = v })
	}
	for _, v := range []member.Ethnicity{"", "汉族", "汉", "蒙古族", " 汉族", "基诺族", "xx", "汉族\u200b"} {
		add("Ethnicity="+string(v), func(m *member.Member) { m.Ethnicity = v })
	}
	for _, v := range edgeDates {
		add("BirthDate="+v.String(), func(m *member.Member) { m.BirthDate = v })
	}
	for _, v := range []string{"", "45020219700501011X", "45020219700501011x", "４５０２０２１９７００５０１０１１Ｘ",
		"450202197005010111", "4502021970050101", "950202197005010119", "440524188001010014",
		"11010519491231002X", "110101200001010010", " 45020219700501011X", "450202198503120025"} {
		add("IDNumber="+v, func(m *member.Member) { m.IDNumber = v })
	}
	for v := member.Party(-1); v <= member.PartyMasses+1; v++ {
		add("Party", func(m *member.Member) { m.Party = v })
	}
	for _, v := range []member.Sector{"", member.SectorEconomy, member.SectorCPC, "特邀人士", "a", "经济 界", "经济界!",
		"Economy", member.Sector(han(30)), member.Sector(han(31)), "经济界\xff", "经·济界"} {
		add("Sector="+string(v), func(m *member.Member) { m.Sector = v })
	}
	for _, v := range edgeStrings(100) {
		add("WorkUnit", func(m *member.Member) { m.WorkUnit = v })
		add("Title", func(m *member.Member) { m.Title = v })
	}
	for _, v := range []string{"", "13912345678", "12912345678", "+8613912345678", "1391234567", "139123456789",
		"１３９１２３４５６７８", "139-1234-5678", "1391234567a"} {
		add("Mobile="+v, func(m *member.Member) { m.Contact.Mobile = v })
	}
	longEmail := ascii(94) + "@ab.cn" // 100 characters
	for _, v := range []string{"", "a@b.cn", "a@b", "not an email", "张三@例子.中国", longEmail, "a" + longEmail,
		"a@b.cn ", "ａ@b.cn", "@b.cn", "a.b@c.d.e"} {
		add("Email="+v, func(m *member.Member) { m.Contact.Email = v })
	}
	for _, v := range edgeStrings(200) {
		add("Address", func(m *member.Member) { m.Contact.Address = v })
	}
	add("NonPublicEconomy", func(m *member.Member) { m.NonPublicEconomy = !m.NonPublicEconomy })

	tenures := edgeTenures()
	add("Posts=nil", func(m *member.Member) { m.Posts = nil })
	add("Posts=empty", func(m *member.Member) { m.Posts = []member.Post{} })
	add("Committees=nil", func(m *member.Member) { m.Committees = nil })
	add("Committees=empty", func(m *member.Member) { m.Committees = []member.CommitteeMembership{} })
	add("Groups=nil", func(m *member.Member) { m.Groups = nil })
	add("Groups=empty", func(m *member.Member) { m.Groups = []member.GroupMembership{} })
	for i, ten := range tenures {
		label := edgeStrings(50)[i%10]
		role := member.Role(i % 7)
		add("Posts+", func(m *member.Member) {
			m.Posts = append(append([]member.Post(nil), m.Posts...), member.Post{Role: role, Label: label, Tenure: ten})
		})
		name := member.SpecialCommittee([]string{"", "提案委员会", han(30), han(31), " 提案委员会", ascii(31)}[i%6])
		crole := member.CommitteeRole(i % 5)
		add("Committees+", func(m *member.Member) {
			m.Committees = append(append([]member.CommitteeMembership(nil), m.Committees...),
				member.CommitteeMembership{Committee: name, Role: crole, Tenure: ten})
		})
		group := []string{"科技组", "", han(30), han(31), " 社会组", ascii(30)}[(i+1)%6]
		grole := member.GroupRole((i + 2) % 5)
		add("Groups+", func(m *member.Member) {
			m.Groups = append(append([]member.GroupMembership(nil), m.Groups...),
				member.GroupMembership{Group: group, Role: grole, Tenure: ten})
		})
	}
	return out
}

// checkFastPath asserts what the fast path promises for m: when the
// hand-written check accepts m, the validator finds nothing; and
// ValidateIn gives exactly what it gives running the validator always.
func checkFastPath(t *testing.T, m member.Member, sectors member.Sectors, what string) (fast bool) {
	t.Helper()
	fast = member.TagsValid(m)
	full := validate.Struct(m)
	if fast {
		require.NoError(t, full, "fast path accepted an invalid member (%s): %+v", what, m)
	}
	require.Equal(t, member.ValidateInSlow(m, sectors), m.ValidateIn(sectors), "%s: %+v", what, m)
	return fast
}

func TestFastPathSingleEdits(t *testing.T) {
	bases := fixture()
	accepted, rejected := 0, 0
	for _, e := range edits() {
		for _, base := range bases {
			m := base
			e.do(&m)
			if checkFastPath(t, m, localSectors(), e.name) {
				accepted++
			} else {
				rejected++
				// No valid member is left to the slow path.
				assert.Error(t, validate.Struct(m), "fast path declined a valid member (%s)", e.name)
			}
		}
	}
	t.Logf("accepted %d, rejected %d", accepted, rejected)
	assert.Greater(t, accepted, 400)
	assert.Greater(t, rejected, 1000)
}

func TestFastPathRandomEdits(t *testing.T) {
	all := edits()
	bases := append(fixture(), benchMembers(40)...)
	registries := []member.Sectors{member.DefaultSectors(), localSectors()}
	for _, seed := range []uint64{1, 2, 3} {
		rng := rand.New(rand.NewPCG(seed, 2022))
		accepted, rejected := 0, 0
		for range 3000 {
			m := bases[rng.IntN(len(bases))]
			var applied []string
			for range rng.IntN(5) {
				e := all[rng.IntN(len(all))]
				e.do(&m)
				applied = append(applied, e.name)
			}
			what := strings.Join(applied, ", ")
			if checkFastPath(t, m, registries[rng.IntN(len(registries))], what) {
				accepted++
			} else {
				rejected++
				assert.Error(t, validate.Struct(m), "fast path declined a valid member (%s)", what)
			}
		}
		t.Logf("seed %d: accepted %d, rejected %d", seed, accepted, rejected)
		assert.Greater(t, accepted, 500, "seed %d", seed)
		assert.Greater(t, rejected, 500, "seed %d", seed)
	}
}

func TestFastPathTakenForValidMembers(t *testing.T) {
	for _, m := range append(fixture(), benchMembers(200)...) {
		assert.True(t, member.TagsValid(m), "%s %s", m.ID, m.Name)
	}
	// A full contact and every kind of place take the fast path too.
	m := fixture()[0]
	m.Contact = member.Contact{Mobile: "13912345678", Email: "zhangwei@example.cn", Address: "某市某路1号"}
	m.Title = "主任"
	m.Committees = []member.CommitteeMembership{{Committee: member.CommitteeProposals, Role: member.CommitteeViceDirector,
		Tenure: member.Tenure{Start: d(2022, 1, 1), End: d(2022, 12, 31)}}}
	assert.True(t, member.TagsValid(m))
	assert.NoError(t, m.ValidateIn(localSectors()))
}

func TestFastPathKeepsCrossFieldChecks(t *testing.T) {
	m := fixture()[0] // 张伟, male, born 1970-05-01
	m.BirthDate = d(1970, time.May, 2)
	m.Gender = member.Female
	m.Sector = "特邀人士"
	m.Posts = []member.Post{{Role: member.RoleMember, Tenure: member.Tenure{Start: d(2022, 2, 1), End: d(2022, 1, 1)}}}
	require.True(t, member.TagsValid(m), "every tag holds; only cross-field rules fail")
	var verrs lvzhi.ValidationErrors
	require.ErrorAs(t, m.ValidateIn(member.DefaultSectors()), &verrs)
	rules := make([]string, len(verrs))
	for i, fe := range verrs {
		rules[i] = fe.Rule
	}
	assert.Equal(t, []string{"sector", "idcard_birth", "idcard_gender", "gtefield"}, rules)
}

func FuzzFastPathSound(f *testing.F) {
	f.Add("m1", "张伟", "45020219700501011X", "经济界", "汉族", "13912345678", "a@b.cn", "某单位", "科技组", 1, 3)
	f.Add("", "张 伟", "45020219700501011x", "经济 界", "汉", "+8613912345678", "a@", han(101), han(31), 3, 12)
	f.Fuzz(func(t *testing.T, id, name, idNumber, sector, ethnicity, mobile, email, text, group string, gender, party int) {
		m := fixture()[0]
		m.ID, m.Name, m.IDNumber, m.Sector, m.Ethnicity = lvzhi.MemberID(id), name, idNumber, member.Sector(sector), member.Ethnicity(ethnicity)
		m.Gender, m.Party = member.Gender(gender), member.Party(party)
		m.Contact = member.Contact{Mobile: mobile, Email: email, Address: text}
		m.WorkUnit, m.Title = text, text
		m.Posts = []member.Post{{Role: member.Role(gender), Label: text}}
		m.Committees = []member.CommitteeMembership{{Committee: member.SpecialCommittee(group), Role: member.CommitteeRole(party)}}
		m.Groups = []member.GroupMembership{{Group: group, Role: member.GroupRole(gender)}}
		checkFastPath(t, m, localSectors(), "fuzz")
	})
}
