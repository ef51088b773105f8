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

// TestRosterFailedChangeChangesNothing checks that every refused Add,
// Update and Remove leaves the roster exactly as it was, and that the
// member passed in is not kept by reference.
func TestRosterFailedChangeChangesNothing(t *testing.T) {
	local, err := member.NewSectors("特邀人士")
	require.NoError(t, err)
	base := fixture()
	huge := strings.Repeat("张", 10<<20/3) // 10 MiB

	invalid := base[4]
	invalid.ID, invalid.Name = "m9", "X"
	otherIDNumber := base[0] // m1's identity under m5's ID
	otherIDNumber.ID = "m5"
	unknown := base[4]
	unknown.ID = "m9"
	hugeName := base[4]
	hugeName.ID, hugeName.Name, hugeName.IDNumber = "m9", huge, ""
	hugeUpdate := base[4]
	hugeUpdate.Name = huge
	badSector := base[4]
	badSector.Sector = "不存在的界别"

	cases := []struct {
		name string
		op   func(*member.Roster) error
		is   error // a sentinel the error wraps, if any
	}{
		{"add invalid", func(r *member.Roster) error { return r.Add(invalid) }, nil},
		{"add duplicate ID", func(r *member.Roster) error { return r.Add(base[1]) }, nil},
		{"add duplicate ID number", func(r *member.Roster) error {
			m := otherIDNumber
			m.ID = "m9"
			return r.Add(m)
		}, member.ErrDuplicateIDNumber},
		{"add 10 MiB name", func(r *member.Roster) error { return r.Add(hugeName) }, nil},
		{"update unknown", func(r *member.Roster) error { return r.Update(unknown) }, member.ErrNotFound},
		{"update invalid", func(r *member.Roster) error {
			m := invalid
			m.ID = "m5"
			return r.Update(m)
		}, nil},
		{"update onto another's ID number", func(r *member.Roster) error { return r.Update(otherIDNumber) }, member.ErrDuplicateIDNumber},
		{"update 10 MiB name", func(r *member.Roster) error { return r.Update(hugeUpdate) }, nil},
		{"update unknown sector", func(r *member.Roster) error { return r.Update(badSector) }, nil},
		{"remove unknown", func(r *member.Roster) error { return r.Remove("m9") }, member.ErrNotFound},
		{"remove empty ID", func(r *member.Roster) error { return r.Remove("") }, member.ErrNotFound},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := member.NewRosterOf(local, fixture()...)
			require.NoError(t, err)
			before, err := json.Marshal(r)
			require.NoError(t, err)
			err = tc.op(r)
			require.Error(t, err)
			assert.Less(t, len(err.Error()), 1024, "the message does not repeat the input")
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			} else {
				var verrs lvzhi.ValidationErrors
				var dup *member.DuplicateError
				assert.True(t, errors.As(err, &verrs) || errors.As(err, &dup), "%T: %v", err, err)
			}
			after, err := json.Marshal(r)
			require.NoError(t, err)
			assert.JSONEq(t, string(before), string(after), "a failed operation changes nothing")
			assert.Equal(t, len(base), r.Len())
		})
	}
}

// TestRosterKeepsNoReference checks that a member's slices given to Add or
// Update are copied: changing them afterwards does not change the roster.
func TestRosterKeepsNoReference(t *testing.T) {
	r := member.NewRoster(member.DefaultSectors())
	m := fixture()[0]
	require.NoError(t, r.Add(m))
	m.Posts[0].Role = member.RoleChair
	m.Groups[0].Group = "改过的组"
	got, ok := r.Get("m1")
	require.True(t, ok)
	assert.Equal(t, fixture()[0].Posts, got.Posts)
	assert.Equal(t, fixture()[0].Groups, got.Groups)
}
