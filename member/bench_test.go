package member_test

import (
	"fmt"
	"testing"
	stdtime "time"

	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

// benchMembers returns n valid members with varied names and sectors.
func benchMembers(n int) []member.Member {
	surnames := []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢")
	given := []rune("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文")
	sectors := member.OfficialSectors()
	out := make([]member.Member, n)
	for i := range out {
		name := string(surnames[i%len(surnames)]) + string(given[(i/7)%len(given)]) + string(given[(i/3)%len(given)])
		out[i] = member.Member{
			ID:        memberID(i),
			Name:      name,
			Gender:    member.Gender(1 + i%2),
			Ethnicity: member.Ethnicities()[i%56],
			BirthDate: d(1950+i%50, stdtime.Month(1+i%12), 1+i%28),
			Party:     member.Party(1 + i%11),
			Sector:    sectors[i%len(sectors)],
			WorkUnit:  "某市某单位",
			Contact:   member.Contact{Mobile: fmt.Sprintf("139%08d", i)},
			Groups:    []member.GroupMembership{{Group: "科技组", Role: member.GroupMember}},
		}
	}
	return out
}

func memberID(i int) lvzhi.MemberID { return lvzhi.MemberID(fmt.Sprintf("m%04d", i)) }

// BenchmarkRosterValidateSort builds a roster of 2,500 members (each
// normalised and validated) and lists it in 姓氏笔画 order.
func BenchmarkRosterValidateSort(b *testing.B) {
	ms := benchMembers(2500)
	b.ReportAllocs()
	for b.Loop() {
		r, err := member.NewRosterOf(member.DefaultSectors(), ms...)
		if err != nil {
			b.Fatal(err)
		}
		if len(r.Members()) != 2500 {
			b.Fatal("lost members")
		}
	}
}

// BenchmarkRosterSort lists an existing roster of 2,500 in 姓氏笔画 order.
func BenchmarkRosterSort(b *testing.B) {
	r, err := member.NewRosterOf(member.DefaultSectors(), benchMembers(2500)...)
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		_ = r.Members()
	}
}

// BenchmarkMemberValidate validates one member: a valid one, which the
// hand-written check of the tags clears, with and without an e-mail
// address; the same member through the reflective validator; and an
// invalid one, whose messages the validator words.
func BenchmarkMemberValidate(b *testing.B) {
	valid := fixture()[0]
	valid.Contact = member.Contact{Mobile: "13912345678", Email: "zhangwei@example.cn"}
	invalid := valid
	invalid.Name, invalid.IDNumber = "张 伟", "45020219700501011x"
	sectors := localSectors()
	require.NoError(b, valid.ValidateIn(sectors))
	require.Error(b, invalid.ValidateIn(sectors))
	b.Run("valid", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if valid.ValidateIn(sectors) != nil {
				b.Fatal("invalid")
			}
		}
	})
	plain := fixture()[0] // no e-mail address, whose check costs most
	b.Run("valid-without-email", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if plain.ValidateIn(sectors) != nil {
				b.Fatal("invalid")
			}
		}
	})
	b.Run("valid-reflective", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if member.ValidateInSlow(valid, sectors) != nil {
				b.Fatal("invalid")
			}
		}
	})
	b.Run("invalid", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if invalid.ValidateIn(sectors) == nil {
				b.Fatal("valid")
			}
		}
	})
}
