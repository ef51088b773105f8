package proposal

import (
	"fmt"
	"strconv"

	"github.com/lvzhi-go/lvzhi"
)

// enumName returns names[n], or "Type(n)" when n is out of range. names[0]
// is the unused zero value.
func enumName(names []string, typ string, n int) string {
	if n < 1 || n >= len(names) {
		return typ + "(" + strconv.Itoa(n) + ")"
	}
	return names[n]
}

// enumText is MarshalText for a table enum: the exact Chinese name, or an
// error naming the value when it is out of range.
func enumText(names []string, what, typ string, n int) ([]byte, error) {
	if n < 1 || n >= len(names) {
		return nil, &lvzhi.ValueError{What: what, Value: enumName(names, typ, n), Err: lvzhi.ErrOutOfRange}
	}
	return []byte(names[n]), nil
}

// enumParse is UnmarshalText for a table enum: only the exact Chinese names
// are accepted.
func enumParse(names []string, what string, b []byte) (int, error) {
	s := string(b)
	for i := 1; i < len(names); i++ {
		if names[i] == s {
			return i, nil
		}
	}
	return 0, &lvzhi.ParseError{What: what, Input: s, Err: fmt.Errorf("%w：未知的%s", lvzhi.ErrSyntax, what)}
}
