package proposal

import tables "github.com/lvzhi-go/lvzhi/internal/enum"

// The text forms of this package's table enums; see package internal/enum.
var (
	enumName  = tables.Name
	enumText  = tables.Text
	enumParse = func(names []string, what string, b []byte) (int, error) { return tables.Parse(names, what, b) }
)
