package jsonpath_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/lvzhi-go/lvzhi/internal/jsonpath"
)

type (
	inner struct {
		Name  string   `json:"name"`
		Items []string `json:"items,omitempty"`
		Plain int
		Gone  string `json:"-"`
	}
	Base struct {
		ID string `json:"id"`
	}
	shape interface{ area() int }
	box   struct {
		Base
		Side int `json:"side"`
	}
	doc struct {
		Inners []inner  `json:"inners"`
		Ptr    *inner   `json:"ptr,omitempty"`
		Shapes []shape  `json:"shapes"`
		Arr    [2]inner `json:"arr"`
		//lint:ignore U1000 an unexported field, looked up by reflection only
		hidden inner
	}
)

func (b box) area() int { return b.Side * b.Side }

func TestOf(t *testing.T) {
	d := &doc{
		Inners: []inner{{Name: "a", Items: []string{"x", "y"}}},
		Shapes: []shape{box{Side: 2}, nil},
	}
	for _, tc := range []struct {
		goPath, want string
	}{
		{"", "$"},
		{"Inners", "$.inners"},
		{"Inners[0].Name", "$.inners[0].name"},
		{"Inners[0].Items[1]", "$.inners[0].items[1]"},
		{"Inners[0].Plain", "$.inners[0].Plain"},
		{"Shapes[0].Side", "$.shapes[0].side"},
		{"Shapes[0].ID", "$.shapes[0].id"},
		{"Arr[1].Name", "$.arr[1].name"},
		// Unresolved: the whole path is unknown.
		{"Inners[1].Name", ""},
		{"Inners[0].Items[2]", ""},
		{"Inners[0].Gone", ""},
		{"Inners[0].Nope", ""},
		{"Ptr.Name", ""},
		{"Shapes[1].Side", ""},
		{"Shapes[0].Base.ID", "$.shapes[0].id"},
		{"Shapes[0].Base", "$.shapes[0]"},
		{"hidden.Name", ""},
		{"Inners[-1]", ""},
		{"Inners[x]", ""},
		{"Inners[]", ""},
		{"Inners.", ""},
		{"Inners[0]..Name", ""},
		{"Inners[0].Name[0]", ""},
	} {
		got, ok := jsonpath.Of(d, tc.goPath)
		assert.Equal(t, tc.want, got, tc.goPath)
		assert.Equal(t, tc.want != "", ok, tc.goPath)
	}
	got, ok := jsonpath.Of(nil, "A")
	assert.False(t, ok)
	assert.Empty(t, got)
}

func ExampleOf() {
	type member struct {
		Name string `json:"name"`
	}
	type records struct {
		Members []member `json:"members"`
	}
	rec := records{Members: []member{{}, {Name: "覃建华"}}}
	fmt.Println(jsonpath.Of(rec, "Members[1].Name"))
	fmt.Println(jsonpath.Of(rec, "Members[2].Name"))
	// Output:
	// $.members[1].name true
	//  false
}

func FuzzOf(f *testing.F) {
	for _, s := range []string{"Inners[0].Items[1]", "Shapes[0].Side", "[0]", "a..b", "]", "[", "Inners[99999999999999999999]"} {
		f.Add(s)
	}
	d := &doc{Inners: []inner{{Items: []string{"x"}}}, Shapes: []shape{box{}}}
	f.Fuzz(func(t *testing.T, p string) {
		got, ok := jsonpath.Of(d, p)
		if ok != (got != "") {
			t.Fatalf("%q: %q %v", p, got, ok)
		}
	})
}
