package member

import tables "github.com/lvzhi-go/lvzhi/internal/enum"

// The text forms of this package's table enums; see package internal/enum.
var (
	enumName  = tables.Name
	enumText  = tables.Text
	enumParse = func(what string, b []byte, names []string, alt ...[]string) (int, error) {
		return tables.Parse(names, what, b, alt...)
	}
)
