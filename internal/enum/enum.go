// Package enum implements the text forms shared by every table-driven enum
// of the domain packages: typed integers starting at 1 whose names are the
// exact Chinese terms (全体会议, 已立案, 中国民主同盟 …).
//
// A table is a []string whose index 0 belongs to the unused zero value.
// [Name] is String (safe out of range), [Text] is MarshalText (an error
// naming the value out of range) and [Parse] is UnmarshalText (only the
// exact names are accepted).
package enum

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/lvzhi-go/lvzhi"
)

// Name returns names[n], or "Type(n)" when n is out of range.
func Name(names []string, typ string, n int) string {
	if n < 1 || n >= len(names) {
		return typ + "(" + strconv.Itoa(n) + ")"
	}
	return names[n]
}

// Text returns the exact Chinese name of n, or a *[lvzhi.ValueError]
// naming the value (what is its Chinese description) when n is out of
// range.
func Text(names []string, what, typ string, n int) ([]byte, error) {
	if n < 1 || n >= len(names) {
		return nil, &lvzhi.ValueError{What: what, Value: Name(names, typ, n), Err: lvzhi.ErrOutOfRange}
	}
	return []byte(names[n]), nil
}

// maxListed is the most names an error lists as the expected values.
const maxListed = 12

// Parse returns the index of the name b in names, or, failing that, in
// each alternative table of alt (short names, former names), which must
// be parallel to names. Anything else is a *[lvzhi.ParseError] wrapping
// [lvzhi.ErrSyntax], whose message lists the names when there are at most
// a dozen.
func Parse(names []string, what string, b []byte, alt ...[]string) (int, error) {
	s := string(b)
	for _, table := range append([][]string{names}, alt...) {
		for i := 1; i < len(table); i++ {
			if table[i] == s {
				return i, nil
			}
		}
	}
	if len(names) <= maxListed+1 {
		return 0, &lvzhi.ParseError{What: what, Input: s,
			Err: fmt.Errorf("%w：未知的%s，应为%s之一", lvzhi.ErrSyntax, what, strings.Join(names[1:], "、"))}
	}
	return 0, &lvzhi.ParseError{What: what, Input: s, Err: fmt.Errorf("%w：未知的%s", lvzhi.ErrSyntax, what)}
}
