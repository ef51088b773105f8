package member_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/member"
)

func TestOfficialSectors(t *testing.T) {
	all := member.OfficialSectors()
	require.Len(t, all, 34)
	assert.Equal(t, member.SectorCPC, all[0])
	assert.Equal(t, member.Sector("无党派人士"), all[9])
	assert.Equal(t, member.Sector("中国共产主义青年团和中华全国青年联合会"), all[10])
	assert.Equal(t, member.Sector("环境资源界"), all[30])
	assert.Equal(t, member.Sector("特别邀请人士"), all[33])
	seen := map[member.Sector]bool{}
	for _, s := range all {
		assert.False(t, seen[s], s)
		seen[s] = true
		assert.True(t, s.IsValid(), s)
		assert.True(t, s.IsOfficial(), s)
	}
	// The party sectors carry the parties' full names.
	for _, p := range member.Parties()[:10] {
		assert.True(t, member.Sector(p.String()).IsOfficial(), p)
	}
	var zero member.Sectors
	assert.Equal(t, member.DefaultSectors().All(), zero.All())
}

func TestSectorIsValid(t *testing.T) {
	for s, ok := range map[member.Sector]bool{
		"特邀人士": true, "港澳台侨界": true, "经济界（一）": false, "": false, "界": false, "a b": false,
		"abc": false, "\xff\xfe": false, "特邀人士 ": false,
	} {
		assert.Equal(t, ok, s.IsValid(), s)
		assert.Equal(t, ok, member.SectorWellFormed(s), s)
	}
	// IsValid takes official names on sight; they obey the rules all the same.
	for _, s := range member.OfficialSectors() {
		assert.True(t, member.SectorWellFormed(s), s)
		assert.True(t, s.IsValid(), s)
	}
}

func TestNewSectors(t *testing.T) {
	r, err := member.NewSectors("特邀人士", "港澳台侨界")
	require.NoError(t, err)
	assert.Equal(t, 36, r.Len())
	assert.Equal(t, []member.Sector{"特邀人士", "港澳台侨界"}, r.Local())
	i, ok := r.Index("港澳台侨界")
	assert.True(t, ok)
	assert.Equal(t, 35, i)
	i, ok = r.Index(member.SectorEconomy)
	assert.True(t, ok)
	assert.Equal(t, 20, i)
	_, ok = r.Index("外星界")
	assert.False(t, ok)

	assert.Negative(t, r.Compare(member.SectorCPC, member.SectorEconomy))
	assert.Negative(t, r.Compare(member.SectorSpecialInvitees, "特邀人士"))
	assert.Negative(t, r.Compare("特邀人士", "港澳台侨界"))
	assert.Negative(t, r.Compare("港澳台侨界", "外星界"))
	assert.Zero(t, r.Compare("外星界", "外星界"))

	s, err := r.Parse("港澳台侨界")
	require.NoError(t, err)
	assert.Equal(t, member.Sector("港澳台侨界"), s)
	_, err = member.DefaultSectors().Parse("港澳台侨界")
	require.Error(t, err)
	assert.ErrorIs(t, err, lvzhi.ErrSyntax)
	assert.Contains(t, err.Error(), "港澳台侨界")
	assert.Contains(t, err.Error(), "界别")

	_, err = member.NewSectors("特邀人士", "经济界", "特邀人士", "x")
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs))
	require.Len(t, verrs, 3)
	assert.Equal(t, "地方界别“经济界”已是全国政协界别，无须重复登记", verrs[0].Message)
	assert.Equal(t, "地方界别“特邀人士”重复登记", verrs[1].Message)
	assert.Equal(t, "[3]", verrs[2].Field)
	assert.Panics(t, func() { member.MustSectors("x") })
}

func TestSectorsJSON(t *testing.T) {
	r := member.MustSectors("特邀人士", "港澳台侨界")
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `["特邀人士","港澳台侨界"]`, string(b))
	var got member.Sectors
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, r.All(), got.All())
	assert.Error(t, json.Unmarshal([]byte(`["经济界"]`), &got))

	bands, err := member.NewAgeBands(40, 50)
	require.NoError(t, err)
	b, err = json.Marshal(bands)
	require.NoError(t, err)
	assert.Equal(t, `[40,50]`, string(b))
	var gb member.AgeBands
	require.NoError(t, json.Unmarshal(b, &gb))
	assert.Equal(t, bands.Names(), gb.Names())
	assert.Error(t, json.Unmarshal([]byte(`[50,40]`), &gb))
}
