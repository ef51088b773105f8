package member_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

func TestEnums(t *testing.T) {
	type enum interface {
		String() string
		IsValid() bool
		MarshalText() ([]byte, error)
	}
	cases := []struct {
		v    enum
		name string
	}{
		{member.Male, "男"}, {member.Female, "女"},
		{member.PartyCPC, "中国共产党"}, {member.PartyTaiwanLeague, "台湾民主自治同盟"}, {member.PartyMasses, "群众"},
		{member.RoleChair, "主席"}, {member.RoleStandingMember, "常务委员"},
		{member.CommitteeViceDirector, "副主任"}, {member.GroupViceLeader, "副组长"},
		{member.DutyOpinionEndorsed, "社情民意获领导批示"}, {member.DutyLeave, "请假"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.name, tc.v.String())
		assert.True(t, tc.v.IsValid(), tc.name)
		b, err := tc.v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.name, string(b))
	}
	outOfRange := []enum{member.Gender(3), member.Party(0), member.Party(12), member.Role(6), member.CommitteeRole(4),
		member.GroupRole(-1), member.DutyKind(16)}
	for _, v := range outOfRange {
		assert.False(t, v.IsValid())
		assert.Regexp(t, `^[A-Za-z]+\(-?\d+\)$`, v.String())
		_, err := v.MarshalText()
		assert.ErrorIs(t, err, lvzhi.ErrOutOfRange)
	}
}

func TestPartyNames(t *testing.T) {
	assert.Len(t, member.Parties(), 11)
	for short, want := range map[string]member.Party{
		"中共": member.PartyCPC, "民革": member.PartyRevolutionaryKMT, "民盟": member.PartyDemocraticLeague,
		"民建": member.PartyNationalConstruction, "民进": member.PartyPromotingDemocracy, "农工党": member.PartyPeasantsWorkers,
		"致公党": member.PartyZhiGong, "九三学社": member.PartyJiuSan, "台盟": member.PartyTaiwanLeague,
		"中国农工民主党": member.PartyPeasantsWorkers, "群众": member.PartyMasses,
	} {
		p, err := member.ParseParty(short)
		require.NoError(t, err, short)
		assert.Equal(t, want, p, short)
	}
	assert.Equal(t, "民盟", member.PartyDemocraticLeague.Short())
	assert.True(t, member.PartyJiuSan.IsDemocratic())
	assert.False(t, member.PartyCPC.IsDemocratic())
	assert.False(t, member.PartyNonParty.IsDemocratic())
	for _, bad := range []string{"", "共产党", "民盟 ", "CPC"} {
		_, err := member.ParseParty(bad)
		require.Error(t, err, bad)
		assert.ErrorIs(t, err, lvzhi.ErrSyntax)
		assert.Contains(t, err.Error(), "党派")
	}
	var g member.Gender
	assert.Error(t, g.UnmarshalText([]byte("male")))
}

func TestEthnicity(t *testing.T) {
	all := member.Ethnicities()
	require.Len(t, all, 56)
	seen := map[member.Ethnicity]bool{}
	for i, e := range all {
		assert.False(t, seen[e], "repeated %s", e)
		seen[e] = true
		assert.True(t, strings.HasSuffix(string(e), "族"), e)
		assert.Equal(t, i+1, e.Code())
	}
	assert.Equal(t, 1, member.Ethnicity("汉族").Code())
	assert.Equal(t, 8, member.Ethnicity("壮族").Code())
	assert.Equal(t, 56, member.Ethnicity("基诺族").Code())
	assert.True(t, member.Ethnicity("壮族").IsMinority())
	assert.False(t, member.Han.IsMinority())
	_, err := member.ParseEthnicity("蒙古")
	assert.ErrorIs(t, err, lvzhi.ErrSyntax)
	var e member.Ethnicity
	assert.Error(t, json.Unmarshal([]byte(`"火星族"`), &e))
	require.NoError(t, json.Unmarshal([]byte(`""`), &e))
	assert.Equal(t, member.Ethnicity(""), e)
}

func TestMemberValidate(t *testing.T) {
	valid := fixture()[0]
	cases := []struct {
		name   string
		edit   func(*member.Member)
		field  string
		label  string
		rule   string
		substr string
	}{
		{"missing name", func(m *member.Member) { m.Name = "" }, "Name", "姓名", "required", "姓名为必填字段"},
		{"latin name", func(m *member.Member) { m.Name = "Zhang Wei" }, "Name", "姓名", "zhname", "中文姓名"},
		{"no gender", func(m *member.Member) { m.Gender = 0 }, "Gender", "性别", "required", "性别为必填字段"},
		{"bad gender", func(m *member.Member) { m.Gender = 5 }, "Gender", "性别", "gender", "性别不是有效的性别"},
		{"bad party", func(m *member.Member) { m.Party = 20 }, "Party", "党派", "party", "党派不是有效的党派名称"},
		{"malformed sector", func(m *member.Member) { m.Sector = "x y" }, "Sector", "界别", "sector", "界别不是有效的界别名称"},
		{"unknown sector", func(m *member.Member) { m.Sector = "特邀人士" }, "Sector", "界别", "sector", "不是本委员会设置的界别"},
		{"bad ethnicity", func(m *member.Member) { m.Ethnicity = "汉" }, "Ethnicity", "民族", "ethnicity", "民族不是有效的民族名称"},
		{"bad id", func(m *member.Member) { m.IDNumber = "450202197005010111" }, "IDNumber", "公民身份号码", "idcard", "公民身份号码的校验码有误：校验码应为X，实为1"},
		{"short id", func(m *member.Member) { m.IDNumber = "45020219700501011" }, "IDNumber", "公民身份号码", "idcard", "公民身份号码的位数有误：应为18位，实为17位"},
		{"id bad birth", func(m *member.Member) { m.IDNumber = "450202197002300117" }, "IDNumber", "公民身份号码", "idcard", "公民身份号码的出生日期有误：第7至14位的出生日期19700230"},
		{"id birth", func(m *member.Member) { m.BirthDate = d(1970, 5, 2) }, "IDNumber", "公民身份号码", "idcard_birth",
			"公民身份号码中的出生日期1970年5月1日与出生日期1970年5月2日不一致"},
		{"id gender", func(m *member.Member) { m.Gender = member.Female }, "IDNumber", "公民身份号码", "idcard_gender", "性别“女”不一致"},
		{"bad birth", func(m *member.Member) { m.BirthDate = lvzhi.Date{Year: 1970, Month: 2, Day: 30} }, "BirthDate", "出生日期", "date", "出生日期不是有效的日期"},
		{"bad mobile", func(m *member.Member) { m.Contact.Mobile = "12345" }, "Contact.Mobile", "联系方式.手机号码", "mobile", "手机号码不是有效的手机号码"},
		{"bad email", func(m *member.Member) { m.Contact.Email = "a@" }, "Contact.Email", "联系方式.电子邮箱", "email", "电子邮箱不是有效的电子邮箱地址"},
		{"bad post role", func(m *member.Member) { m.Posts[0].Role = 0 }, "Posts[0].Role", "政协职务[0].政协职务", "required", "政协职务为必填字段"},
		{"post order", func(m *member.Member) { m.Posts[0].End = d(2020, 1, 1) }, "Posts[0].Tenure.End", "政协职务[0].任期.终止日期", "gtefield", "早于起始日期"},
		{"post bad date", func(m *member.Member) { m.Posts[0].Start = lvzhi.Date{Year: 2021, Month: 4, Day: 31} }, "Posts[0].Tenure.Start", "政协职务[0].任期.起始日期", "date", "起始日期不是有效的日期"},
		{"group name", func(m *member.Member) { m.Groups[0].Group = "" }, "Groups[0].Group", "活动小组[0].活动小组名称", "required", "活动小组名称为必填字段"},
		{"long work unit", func(m *member.Member) { m.WorkUnit = strings.Repeat("单", 101) }, "WorkUnit", "工作单位", "max", "工作单位长度不能超过100个字符"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := valid
			m.Posts = append([]member.Post(nil), valid.Posts...)
			m.Groups = append([]member.GroupMembership(nil), valid.Groups...)
			tc.edit(&m)
			err := m.Validate()
			var verrs lvzhi.ValidationErrors
			require.True(t, errors.As(err, &verrs), "%v", err)
			require.Len(t, verrs, 1, "%v", verrs)
			assert.Equal(t, tc.field, verrs[0].Field)
			assert.Equal(t, tc.label, verrs[0].Label)
			assert.Equal(t, tc.rule, verrs[0].Rule)
			assert.Contains(t, verrs[0].Message, tc.substr)
		})
	}
	assert.NoError(t, valid.Validate())
	assert.NoError(t, fixture()[3].ValidateIn(localSectors()))
}

func TestMemberValidateReportsEverything(t *testing.T) {
	err := member.Member{Name: "A", Contact: member.Contact{Mobile: "1"}}.Validate()
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs))
	var fields []string
	for _, fe := range verrs {
		fields = append(fields, fe.Field)
	}
	assert.Equal(t, []string{"ID", "Name", "Gender", "Party", "Sector", "Contact.Mobile"}, fields)
}

func TestMemberNormalize(t *testing.T) {
	m := member.Member{ID: " m9 ", Name: " 阿沛・阿旺晋美 ", IDNumber: "４５０２０２１９７００５０１０１１ｘ",
		Sector: "经济界　", Contact: member.Contact{Mobile: "+86 139-1234-5678", Email: " ａ@example.com"}}
	m.Normalize()
	assert.Equal(t, lvzhi.MemberID("m9"), m.ID)
	assert.Equal(t, "阿沛·阿旺晋美", m.Name)
	assert.Equal(t, "45020219700501011X", m.IDNumber)
	assert.Equal(t, member.SectorEconomy, m.Sector)
	assert.Equal(t, "13912345678", m.Contact.Mobile)
	assert.Equal(t, "a@example.com", m.Contact.Email)
}

func TestAgeAndPosts(t *testing.T) {
	m := fixture()[0] // born 1970-05-01
	for _, tc := range []struct {
		on  lvzhi.Date
		age int
		ok  bool
	}{{d(2022, 4, 30), 51, true}, {d(2022, 5, 1), 52, true}, {d(1970, 5, 1), 0, true}, {d(1960, 1, 1), 0, false}} {
		age, ok := m.Age(tc.on)
		assert.Equal(t, tc.ok, ok, tc.on)
		assert.Equal(t, tc.age, age, tc.on)
	}
	_, ok := member.Member{}.Age(d(2022, 1, 1))
	assert.False(t, ok)

	standing := fixture()[2].Posts[0]
	assert.True(t, standing.ActiveOn(d(2022, 6, 30)))
	assert.False(t, standing.ActiveOn(d(2022, 7, 1)))
	assert.False(t, standing.ActiveOn(d(2021, 1, 9)))
	assert.True(t, m.HasPost(member.RoleViceChair, d(2030, 1, 1)), "open-ended")
	assert.Len(t, m.PostsOn(d(2020, 1, 1)), 0)
	assert.True(t, m.InGroup("科技组", d(2022, 3, 1)))
	assert.False(t, m.InGroup("科技组", d(2023, 1, 1)))

	assert.Len(t, member.NationalSpecialCommittees(), 10)
	assert.True(t, member.CommitteeProposals.IsNational())
	assert.False(t, member.SpecialCommittee("经济和科技委员会").IsNational())
}

func TestMemberJSONRoundTrip(t *testing.T) {
	for _, m := range fixture() {
		m.Contact = member.Contact{Mobile: "13912345678", Email: "a@example.com", Address: "某市某路1号"}
		m.Committees = []member.CommitteeMembership{{Committee: member.CommitteeProposals, Role: member.CommitteeViceDirector,
			Tenure: member.Tenure{Start: d(2021, 1, 10)}}}
		b, err := json.Marshal(m)
		require.NoError(t, err)
		got, err := member.DecodeMember(strings.NewReader(string(b)))
		require.NoError(t, err)
		assert.Equal(t, m, got)
	}
	b, err := json.Marshal(fixture()[0])
	require.NoError(t, err)
	assert.Contains(t, string(b), `"party":"中国民主同盟"`)
	assert.Contains(t, string(b), `"birth_date":"1970-05-01"`)
	assert.Contains(t, string(b), `"role":"副主席","start":"2021-01-10"`)
	assert.NotContains(t, string(b), `"role":"副主席","start":"2021-01-10","end"`)

	_, err = member.DecodeMember(strings.NewReader(`{"id":"m1","name":"张三","nmae":"x"}`))
	assert.ErrorContains(t, err, "nmae")
	_, err = member.DecodeMember(strings.NewReader(`{"id":"m1","party":"民盟"}`))
	assert.NoError(t, err, "short party names decode")
	_, err = member.DecodeMember(strings.NewReader(`{"id":"m1","party":"某党"}`))
	assert.ErrorContains(t, err, "党派")
}

// A birth date that makes the member younger than 18 when a post starts —
// a date in the future among them — is refused, naming the post.
func TestBirthDateBeforePosts(t *testing.T) {
	m := member.Member{ID: "m1", Name: "张伟", Gender: member.Male, BirthDate: lvzhi.MustDate(2010, 5, 1),
		Party: member.PartyNonParty, Sector: member.SectorEconomy,
		Posts: []member.Post{{Role: member.RoleMember, Tenure: member.Tenure{Start: lvzhi.MustDate(2022, 1, 1)}}}}
	err := m.Validate()
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs), "%v", err)
	require.Len(t, verrs, 1)
	assert.Equal(t, "BirthDate", verrs[0].Field)
	assert.Equal(t, "出生日期2010年5月1日有误：政协职务[0]自2022年1月1日起任职，届时未满18周岁", verrs[0].Message)
	m.BirthDate = lvzhi.MustDate(2004, 1, 1)
	assert.NoError(t, m.Validate())
}
