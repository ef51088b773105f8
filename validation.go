package lvzhi

import "strings"

// FieldError describes one problem with one field of a record. It is the
// unit of every validation result in lvzhi, whichever package produced it.
//
// Field is the Go path of the field (for example "Sponsors[0].Name"), Label
// the same path in Chinese as shown to end users ("提案人[0].姓名"), Rule the
// name of the rule that failed ("required", "zhname" …), Param the rule's
// parameter if any, and Message a complete Chinese sentence for end users
// ("姓名为必填字段").
//
// Path is the place of the field in the JSON document the records are
// kept in ("$.members[4].name"), for people who edit that file; it is set
// where the document is known (summary.Records.Validate) and empty
// otherwise.
type FieldError struct {
	Field   string `json:"field"`
	Label   string `json:"label"`
	Path    string `json:"path,omitempty"`
	Rule    string `json:"rule"`
	Param   string `json:"param,omitempty"`
	Message string `json:"message"`
}

// JSONError returns the message as the JSON decoders of lvzhi word theirs,
// prefixed with the JSON path ("JSON $.members[4].name：姓名为必填字段"),
// or [FieldError.Error] when Path is empty.
func (e FieldError) JSONError() string {
	if e.Path == "" {
		return e.Error()
	}
	return "JSON " + e.Path + "：" + e.Message
}

// Error returns the Chinese message, prefixed with the Chinese field path
// and "：" unless the message already starts with it.
func (e FieldError) Error() string {
	if e.Label == "" || strings.HasPrefix(e.Message, e.Label) {
		return e.Message
	}
	return e.Label + "：" + e.Message
}

// ValidationErrors collects every problem found in one validation run, in
// the order of the fields. A nil or empty ValidationErrors is not an error;
// functions return a nil error instead of an empty list.
//
// Use [errors.As] to get at the list:
//
//	var verrs lvzhi.ValidationErrors
//	if errors.As(err, &verrs) {
//		for _, fe := range verrs { fmt.Println(fe.Label, fe.Message) }
//	}
type ValidationErrors []FieldError

// Error joins the Chinese messages with "；".
func (v ValidationErrors) Error() string {
	var b strings.Builder
	for i, fe := range v {
		if i > 0 {
			b.WriteString("；")
		}
		b.WriteString(fe.Error())
	}
	return b.String()
}

// Prefix returns a copy of v with field paths nested under a parent field,
// for example Prefix("Members[3]", "委员[3]") turns "Name"/"姓名" into
// "Members[3].Name"/"委员[3].姓名".
func (v ValidationErrors) Prefix(field, label string) ValidationErrors {
	out := make(ValidationErrors, len(v))
	for i, fe := range v {
		fe.Field = joinPath(field, fe.Field)
		fe.Label = joinPath(label, fe.Label)
		out[i] = fe
	}
	return out
}

// Err returns v as an error, or nil if v is empty, so that a function can
// end with "return errs.Err()".
func (v ValidationErrors) Err() error {
	if len(v) == 0 {
		return nil
	}
	return v
}

func joinPath(parent, child string) string {
	switch {
	case parent == "":
		return child
	case child == "":
		return parent
	case strings.HasPrefix(child, "["):
		return parent + child
	}
	return parent + "." + child
}
