package lvzhi_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
)

func TestCommitteeValidate(t *testing.T) {
	c := lvzhi.Committee{Name: "柳州市某区政协委员会", ShortName: "区政协", Level: lvzhi.LevelCounty, Term: 9, Superior: "市政协"}
	require.NoError(t, c.Validate())

	err := lvzhi.Committee{ShortName: "区委", Level: 7, Term: 0}.Validate()
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(err, &verrs))
	fields := make([]string, len(verrs))
	for i, fe := range verrs {
		fields[i] = fe.Field
		assert.NotEmpty(t, fe.Message)
	}
	assert.Equal(t, []string{"Name", "ShortName", "Level", "Term"}, fields, "all problems at once, in field order")
	assert.Contains(t, err.Error(), "全称为必填字段")
	assert.Contains(t, err.Error(), "；")

	err = lvzhi.Committee{Name: "全国政协", ShortName: "全国政协", Level: lvzhi.LevelNational, Term: 14, Superior: "x"}.Validate()
	require.ErrorAs(t, err, &verrs)
	assert.Equal(t, "Superior", verrs[0].Field)
}

func TestLevelText(t *testing.T) {
	for l := lvzhi.LevelNational; l <= lvzhi.LevelCounty; l++ {
		b, err := l.MarshalText()
		require.NoError(t, err)
		var back lvzhi.Level
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, l, back)
	}
	var l lvzhi.Level
	require.NoError(t, l.UnmarshalText([]byte("county")))
	assert.Equal(t, lvzhi.LevelCounty, l)
	assert.Equal(t, "县级", l.String())
	assert.ErrorIs(t, l.UnmarshalText([]byte("区级")), lvzhi.ErrSyntax)
	assert.Equal(t, "Level(0)", lvzhi.Level(0).String())
	b, err := lvzhi.Level(0).MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b, "the unset level round-trips as empty text")
	require.NoError(t, l.UnmarshalText(nil))
	assert.Equal(t, lvzhi.Level(0), l)
	_, err = lvzhi.Level(9).MarshalText()
	assert.ErrorIs(t, err, lvzhi.ErrOutOfRange)

	c := lvzhi.Committee{Name: "柳州市某区政协委员会", ShortName: "区政协", Level: lvzhi.LevelCounty, Term: 9}
	b, err = json.Marshal(c)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"level":"县级"`)
	var back lvzhi.Committee
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c, back)
}

func TestValidationErrorsPrefix(t *testing.T) {
	v := lvzhi.ValidationErrors{
		{Field: "Name", Label: "姓名", Rule: "required", Message: "姓名为必填字段"},
		{Field: "[2]", Label: "[2]", Rule: "x", Message: "第3项有误"},
	}
	p := v.Prefix("Members[3]", "委员[3]")
	assert.Equal(t, "Members[3].Name", p[0].Field)
	assert.Equal(t, "委员[3].姓名", p[0].Label)
	assert.Equal(t, "Members[3][2]", p[1].Field)
	assert.Equal(t, "Name", v[0].Field, "Prefix does not modify its receiver")
	assert.Equal(t, "委员[3].姓名：姓名为必填字段", p[0].Error(), "the full path precedes a message that names only the field")
	assert.Equal(t, "姓名为必填字段", v[0].Error(), "no repetition when the message starts with the label")
	assert.NoError(t, lvzhi.ValidationErrors(nil).Err())
	assert.Error(t, v.Err())
}
