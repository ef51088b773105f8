package member_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

func TestRosterAddUpdateRemove(t *testing.T) {
	r := fixtureRoster(t)
	assert.Equal(t, 5, r.Len())

	// Duplicate ID: both members are named, nothing changes.
	dup := fixture()[1]
	dup.ID = "m1"
	dup.IDNumber = ""
	err := r.Add(dup)
	require.ErrorIs(t, err, member.ErrDuplicateID)
	var de *member.DuplicateError
	require.True(t, errors.As(err, &de))
	assert.Equal(t, "委员编号 m1 重复：李娜与已在名册中的张伟相同", err.Error())
	assert.Equal(t, 5, r.Len())

	// Duplicate identity number.
	twin := fixture()[0]
	twin.ID, twin.Name = "m9", "张卫"
	err = r.Add(twin)
	require.ErrorIs(t, err, member.ErrDuplicateIDNumber)
	assert.Contains(t, err.Error(), "张卫（m9）")
	assert.Contains(t, err.Error(), "张伟（m1）")
	assert.Equal(t, 5, r.Len())

	// Invalid member: ValidationErrors, nothing changes.
	err = r.Add(member.Member{ID: "m10"})
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs))
	_, ok := r.Get("m10")
	assert.False(t, ok)

	// Add normalises.
	m := member.Member{ID: "m6", Name: " 何 平 ", Gender: member.Male, Party: member.PartyMasses, Sector: member.SectorEducation}
	require.NoError(t, r.Add(m))
	got, ok := r.Get("m6")
	require.True(t, ok)
	assert.Equal(t, "何平", got.Name)

	// Returned members are copies.
	got.Posts = append(got.Posts, member.Post{Role: member.RoleChair})
	m1, _ := r.Get("m1")
	m1.Posts[0].Role = member.RoleChair
	again, _ := r.Get("m1")
	assert.Equal(t, member.RoleViceChair, again.Posts[0].Role)

	// Update: may keep its own identity number, may not take another's.
	again.Title = "主任"
	require.NoError(t, r.Update(again))
	u, _ := r.Get("m1")
	assert.Equal(t, "主任", u.Title)
	again.IDNumber = fixture()[1].IDNumber
	again.BirthDate, again.Gender = fixture()[1].BirthDate, member.Female
	require.ErrorIs(t, r.Update(again), member.ErrDuplicateIDNumber)
	u, _ = r.Get("m1")
	assert.Equal(t, fixture()[0].IDNumber, u.IDNumber)
	assert.ErrorIs(t, r.Update(member.Member{ID: "nobody"}), member.ErrNotFound)

	// Remove frees the ID and the identity number.
	require.NoError(t, r.Remove("m2"))
	assert.ErrorIs(t, r.Remove("m2"), member.ErrNotFound)
	_, ok = r.ByIDNumber(fixture()[1].IDNumber)
	assert.False(t, ok)
	require.NoError(t, r.Add(fixture()[1]))
	b, ok := r.ByIDNumber(fixture()[1].IDNumber)
	require.True(t, ok)
	assert.Equal(t, "李娜", b.Name)
	m5, ok := r.Get("m5")
	require.True(t, ok, "indexes stay right after removal")
	assert.Equal(t, "丁一", m5.Name)
	assert.NoError(t, r.Validate())
}

func TestNewRosterOfReportsAll(t *testing.T) {
	ms := fixture()
	ms = append(ms, ms[0], member.Member{ID: "x", Name: "刘洋"})
	ms[4].IDNumber = ms[2].IDNumber
	ms[4].BirthDate, ms[4].Gender = ms[2].BirthDate, ms[2].Gender
	_, err := member.NewRosterOf(localSectors(), ms...)
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs))
	var fields []string
	for _, fe := range verrs {
		fields = append(fields, fe.Field)
	}
	assert.Equal(t, []string{"Members[4].IDNumber", "Members[5].ID", "Members[6].Gender", "Members[6].Party", "Members[6].Sector"}, fields)
	assert.Equal(t, "委员[5].委员编号", verrs[1].Label)
	assert.Contains(t, verrs[1].Message, "张伟")
}

func TestRosterLists(t *testing.T) {
	r := fixtureRoster(t)
	// 丁 (2 strokes) < 王 (4) < 李 < 张 < 陈 (7 each, by stroke order); 社 (7) < 科 (9).
	assert.Equal(t, []string{"丁一", "王强", "李娜", "张伟", "陈静"}, names(r.Members()))
	assert.Equal(t, []string{"丁一", "王强"}, names(r.BySector(member.SectorEconomy)))
	assert.Equal(t, []string{"王强", "张伟"}, names(r.InGroup("科技组", d(2022, 3, 1))))
	assert.Empty(t, r.InGroup("科技组", d(2023, 3, 1)))
	assert.Equal(t, []string{"王强"}, names(r.WithPost(member.RoleStandingMember, d(2022, 6, 30))))
	assert.Empty(t, r.WithPost(member.RoleStandingMember, d(2022, 7, 1)))
	assert.Equal(t, []string{"张伟"}, names(r.ByName("张伟")))
	assert.Equal(t, "李娜", r.Name("m2"))
	assert.Equal(t, "", r.Name("nobody"))
	for _, m := range r.Members() {
		s, ok := r.SectorOf(m.ID)
		assert.True(t, ok)
		assert.Equal(t, m.Sector, s, m.Name)
	}
	_, ok := r.SectorOf("nobody")
	assert.False(t, ok)

	namesake := member.Member{ID: "m7", Name: "张伟", Gender: member.Male, Party: member.PartyMasses, Sector: member.SectorSports}
	require.NoError(t, r.Add(namesake))
	same := r.ByName("张伟")
	require.Len(t, same, 2)
	assert.Equal(t, lvzhi.MemberID("m1"), same[0].ID)
	assert.Equal(t, lvzhi.MemberID("m7"), same[1].ID)

	var got []string
	for _, g := range r.GroupedBySector() {
		got = append(got, string(g.Sector)+":"+strings.Join(names(g.Members), "、"))
	}
	assert.Equal(t, []string{"中国共产党:李娜", "中国民主同盟:张伟", "经济界:丁一、王强", "体育界:张伟", "特邀人士:陈静"}, got)
	assert.Equal(t, []string{"社会组", "科技组"}, r.Groups(lvzhi.DateRange{From: d(2022, 1, 1), To: d(2022, 6, 30)}))
}

func TestRosterCounts(t *testing.T) {
	r := fixtureRoster(t)
	assert.Equal(t, []member.Count{{"中国共产党", 1}, {"中国民主同盟", 1}, {"经济界", 2}, {"特邀人士", 1}}, r.CountBySector())
	assert.Equal(t, []member.Count{{"中国共产党", 1}, {"中国民主同盟", 1}, {"九三学社", 1}, {"无党派人士", 1}, {"群众", 1}}, r.CountByParty())
	assert.Equal(t, []member.Count{{"男", 3}, {"女", 2}}, r.CountByGender())
	assert.Equal(t, []member.Count{{"汉族", 2}, {"壮族", 1}, {"瑶族", 1}, {member.Unknown, 1}}, r.CountByEthnicity())
	assert.Equal(t, 1, r.CountNonPublicEconomy())

	// On 2022-06-30: 陈静 31, 李娜 37, 张伟 52, 王强 61, 丁一 66.
	on := d(2022, 6, 30)
	assert.Equal(t, []member.Count{{"35岁及以下", 1}, {"36至45岁", 1}, {"46至55岁", 1}, {"61岁及以上", 2}},
		r.CountByAge(on, member.DefaultAgeBands()))
	var zero member.AgeBands
	assert.Equal(t, r.CountByAge(on, member.DefaultAgeBands()), r.CountByAge(on, zero))
	bands, err := member.NewAgeBands(40, 60)
	require.NoError(t, err)
	assert.Equal(t, []string{"40岁及以下", "41至60岁", "61岁及以上"}, bands.Names())
	assert.Equal(t, []member.Count{{"40岁及以下", 2}, {"41至60岁", 1}, {"61岁及以上", 2}}, r.CountByAge(on, bands))
	// 陈静 is born after the date: unknown; the others are 34 or younger.
	assert.Equal(t, []member.Count{{"35岁及以下", 4}, {member.Unknown, 1}},
		r.CountByAge(d(1990, 1, 1), member.DefaultAgeBands()))

	for _, bad := range [][]int{nil, {0}, {40, 40}, {50, 40}, {200}} {
		_, err := member.NewAgeBands(bad...)
		assert.Error(t, err, bad)
	}
	one, err := member.NewAgeBands(35, 36)
	require.NoError(t, err)
	assert.Equal(t, []string{"35岁及以下", "36岁", "37岁及以上"}, one.Names())
}

func TestRosterJSON(t *testing.T) {
	r := fixtureRoster(t)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(b), `{"local_sectors":["特邀人士"],"members":[{"id":"m1"`), string(b))

	got, err := member.DecodeRoster(bytes.NewReader(b))
	require.NoError(t, err)
	assert.Equal(t, r.Members(), got.Members())
	assert.Equal(t, r.Sectors().All(), got.Sectors().All())
	b2, err := json.Marshal(got)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(b2))

	var viaUnmarshal member.Roster
	require.NoError(t, json.Unmarshal(b, &viaUnmarshal))
	assert.Equal(t, r.Members(), viaUnmarshal.Members())

	empty, err := json.Marshal(member.NewRoster(member.DefaultSectors()))
	require.NoError(t, err)
	assert.Equal(t, `{"members":[]}`, string(empty))

	// Without the local sector, 陈静 is refused.
	noLocal := strings.Replace(string(b), `"local_sectors":["特邀人士"],`, "", 1)
	_, err = member.DecodeRoster(strings.NewReader(noLocal))
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs))
	assert.Equal(t, "Members[3].Sector", verrs[0].Field)

	_, err = member.DecodeRoster(strings.NewReader(`{"members":[],"extra":1}`))
	assert.ErrorContains(t, err, "extra")
	_, err = member.DecodeRoster(strings.NewReader(`{"local_sectors":["经济界"],"members":[]}`))
	require.True(t, errors.As(err, &verrs))
	assert.Equal(t, "LocalSectors[0]", verrs[0].Field)
	_, err = member.DecodeRoster(strings.NewReader(`{"members":[{"id":"m1","gender":"M"}]}`))
	assert.ErrorContains(t, err, "性别")
}

func TestRosterConcurrentReads(t *testing.T) {
	r := fixtureRoster(t)
	done := make(chan []string)
	for range 4 {
		go func() {
			_ = r.CountBySector()
			_ = r.GroupedBySector()
			done <- names(r.Members())
		}()
	}
	for range 4 {
		assert.Equal(t, []string{"丁一", "王强", "李娜", "张伟", "陈静"}, <-done)
	}
}

// WithPost matches roles exactly: the vice-chair 张伟 holds no 常务委员
// post in the fixture and is not listed among the standing members, as
// the documentation says; IsChair answers for chairs and vice-chairs.
func TestWithPostExactAndIsChair(t *testing.T) {
	r := fixtureRoster(t)
	vice := r.WithPost(member.RoleViceChair, d(2022, 3, 1))
	require.Len(t, vice, 1)
	assert.NotContains(t, names(r.WithPost(member.RoleStandingMember, d(2022, 3, 1))), vice[0].Name)
	assert.True(t, r.IsChair(vice[0].ID, d(2022, 3, 1)))
	assert.False(t, r.IsChair(vice[0].ID, d(2020, 3, 1)), "before the tenure starts")
	assert.False(t, r.IsChair("nobody", d(2022, 3, 1)))
}
