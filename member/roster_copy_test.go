package member_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/member"
)

func TestNewRosterOfKeepsCallerDataApart(t *testing.T) {
	ms := fixture()
	ms[0].Name = " 张　伟 "
	ms[0].Groups[0].Group = " 科技组 "
	r, err := member.NewRosterOf(localSectors(), ms...)
	require.NoError(t, err)

	// The roster holds normalised copies; the caller's members, slices
	// included, are left as they were.
	got, ok := r.Get("m1")
	require.True(t, ok)
	assert.Equal(t, "张伟", got.Name)
	assert.Equal(t, "科技组", got.Groups[0].Group)
	assert.Equal(t, " 张　伟 ", ms[0].Name)
	assert.Equal(t, " 科技组 ", ms[0].Groups[0].Group)

	// Changing the caller's slices afterwards does not reach the roster.
	ms[0].Groups[0].Role = member.GroupMember
	got, _ = r.Get("m1")
	assert.Equal(t, member.GroupLeader, got.Groups[0].Role)
}

func TestListedMembersAreDetached(t *testing.T) {
	r := fixtureRoster(t)
	list := r.Members()
	require.Equal(t, []string{"丁一", "王强", "李娜", "张伟", "陈静"}, names(list))
	// 王强 and 李娜 are neighbours in the list, each with one group place:
	// appending to one member's slice must not write into the next one's.
	wang, li := &list[1], &list[2]
	require.Len(t, wang.Groups, 1)
	require.Len(t, li.Groups, 1)
	wang.Groups = append(wang.Groups, member.GroupMembership{Group: "法制组", Role: member.GroupMember})
	assert.Equal(t, "社会组", li.Groups[0].Group)
	// Nil slices stay nil; changing a listed member leaves the roster alone.
	assert.Nil(t, list[0].Groups, "丁一 has no group places")
	li.Groups[0].Group = "改动"
	li.Posts = append(li.Posts, member.Post{Role: member.RoleChair})
	again, _ := r.Get("m2")
	assert.Equal(t, "社会组", again.Groups[0].Group)
	assert.Empty(t, again.Posts)
	assert.Equal(t, names(list), names(r.Members()))
}
