package member_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/member"
)

func FuzzParseNames(f *testing.F) {
	for _, s := range []string{"民盟", "中国共产党", "壮族", "特邀人士", "经济界", "", "\xff", "群众 "} {
		f.Add(s)
	}
	sectors := member.MustSectors("特邀人士")
	f.Fuzz(func(t *testing.T, s string) {
		if p, err := member.ParseParty(s); err == nil {
			require.True(t, p.IsValid())
			assert.True(t, s == p.String() || s == p.Short(), s)
		}
		if e, err := member.ParseEthnicity(s); err == nil {
			assert.Equal(t, s, e.String())
			assert.NotZero(t, e.Code())
		}
		if sec, err := sectors.Parse(s); err == nil {
			assert.Equal(t, s, sec.String())
			assert.True(t, sec.IsValid())
			i, ok := sectors.Index(sec)
			assert.True(t, ok)
			assert.Equal(t, sec, sectors.All()[i])
		} else {
			assert.Contains(t, err.Error(), "界别")
		}
	})
}

func FuzzDecodeMember(f *testing.F) {
	f.Add(`{"id":"m1","name":"张伟","gender":"男","party":"民盟","sector":"中国民主同盟"}`)
	f.Add(`{"id":"m1","birth_date":"2022-02-30"}`)
	f.Add(`{"posts":[{"role":"主席","start":"2021-01-01","end":"2020-01-01"}]}`)
	f.Add(`[]`)
	f.Fuzz(func(t *testing.T, s string) {
		m, err := member.DecodeMember(strings.NewReader(s))
		if err != nil {
			return
		}
		// Whatever decodes can be validated without panicking, and a valid
		// member can be added to a roster.
		if m.Validate() == nil {
			r := member.NewRoster(member.DefaultSectors())
			assert.NoError(t, r.Add(m))
		}
	})
}
