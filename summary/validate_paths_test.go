package summary_test

import (
	"encoding/json"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/summary"
)

// resolve follows a JSONPath ($.a[1].b) through decoded JSON and reports
// whether it names a value there.
func resolve(doc any, path string) bool {
	if !strings.HasPrefix(path, "$") {
		return false
	}
	cur := doc
	for _, m := range regexp.MustCompile(`\.([^.\[]+)|\[(\d+)\]`).FindAllStringSubmatch(path[1:], -1) {
		switch {
		case m[1] != "":
			obj, ok := cur.(map[string]any)
			if !ok {
				return false
			}
			if cur, ok = obj[m[1]]; !ok {
				return false
			}
		default:
			arr, ok := cur.([]any)
			i, _ := strconv.Atoi(m[2])
			if !ok || i >= len(arr) {
				return false
			}
			cur = arr[i]
		}
	}
	return true
}

// Every problem Validate finds in records read from JSON names the place in
// that file: a member's own field, a duplicate ID, a dangling reference from
// each kind of record (duties, attendance, proposals, topics, activities and
// a training's batches).
func TestValidatePathsPointIntoTheFile(t *testing.T) {
	var raw map[string]any
	require.NoError(t, json.Unmarshal([]byte(halfyearRecords(t)), &raw))
	member := func(i int) map[string]any { return raw["members"].([]any)[i].(map[string]any) }
	member(4)["name"] = ""
	member(6)["id"] = "m001" // m007 is referred to all over the records
	raw["proposals"].([]any)[3].(map[string]any)["submitter"].(map[string]any)["members"] = []any{"m999"}
	data, err := json.Marshal(raw)
	require.NoError(t, err)

	rec, err := summary.Parse(data)
	require.NoError(t, err)
	var verrs lvzhi.ValidationErrors
	require.True(t, errors.As(rec.Validate(), &verrs))

	var doc any
	require.NoError(t, json.Unmarshal(data, &doc))
	want := map[string]string{
		"Members[4].Name":                          "$.members[4].name",
		"Members[6].ID":                            "$.members[6].id",
		"Proposals[3].Submitter.Members[0]":        "$.proposals[3].submitter.members[0]",
		"Sessions[1].Attendance.Records[6].Member": "$.sessions[1].attendance.records[6].member",
		"Activities[7].Batches[0].Members[6]":      "$.activities[7].batches[0].members[6]",
	}
	kinds := map[string]bool{}
	for _, fe := range verrs {
		if assert.NotEmpty(t, fe.Path, fe.Field) {
			assert.True(t, resolve(doc, fe.Path), "%s → %s is not in the file", fe.Field, fe.Path)
			assert.Equal(t, "JSON "+fe.Path+"："+fe.Message, fe.JSONError())
		}
		if w, ok := want[fe.Field]; ok {
			assert.Equal(t, w, fe.Path)
			delete(want, fe.Field)
		}
		kinds[strings.SplitN(fe.Field, "[", 2)[0]] = true
	}
	assert.Empty(t, want, "problems not reported")
	for _, k := range []string{"Members", "Duties", "Sessions", "Proposals", "Topics", "Activities"} {
		assert.True(t, kinds[k], k)
	}
}

// Without a JSON path the message is the one with the Chinese path.
func TestJSONErrorWithoutPath(t *testing.T) {
	fe := lvzhi.FieldError{Label: "委员[4].姓名", Message: "姓名为必填字段"}
	assert.Equal(t, "委员[4].姓名：姓名为必填字段", fe.JSONError())
}
