package jsonstrict

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
)

// ErrControl reports a control character in a string value of a record.
var ErrControl = fmt.Errorf("%w：含有控制字符", lvzhi.ErrSyntax)

// CheckControl reports, as an *Error naming the value's path
// ("$.proposals[0].title"), the first string value in data that holds a
// control character once decoded: a C0 control (written \n, \t, \r, \b, \f
// or \u0000–\u001F), DEL, a C1 control (U+0080–U+009F) or a line or
// paragraph separator (U+2028, U+2029). Record text is single-line: a
// newline in a title would start a new paragraph in every rendered format.
// It returns nil when there is none, or when a syntax error comes first
// (the decoder reports that). Outline templates, whose newlines separate
// paragraphs on purpose, are not checked with it.
func CheckControl(data []byte) error {
	off, r := firstControl(data)
	if off < 0 {
		return nil
	}
	path, serr := locate(data, int64(off))
	if serr != nil {
		return nil
	}
	msg := fmt.Sprintf("含有%s：记录中的文字须为一行，不能含换行符、制表符等控制字符", controlName(r))
	return &Error{Path: path, Offset: -1, Msg: msg, Err: fmt.Errorf("%w（%U）", ErrControl, r)}
}

// controlName names a control character in Chinese.
func controlName(r rune) string {
	switch r {
	case '\n':
		return "换行符"
	case '\r':
		return "回车符"
	case '\t':
		return "制表符"
	case 0x2028:
		return "行分隔符 U+2028"
	case 0x2029:
		return "段分隔符 U+2029"
	}
	return fmt.Sprintf("控制字符 %U", r)
}

// isControl reports whether r is a character CheckControl refuses.
func isControl(r rune) bool {
	return r < 0x20 || r >= 0x7F && r <= 0x9F || r == 0x2028 || r == 0x2029
}

// firstControl returns the offset in data of the first control character,
// written raw or as an escape, and the character; -1 if there is none.
// Raw C0 bytes cannot occur inside valid JSON strings and are left to the
// decoder (outside strings they are white space).
func firstControl(data []byte) (int, rune) {
	first, char := -1, rune(0)
	found := func(i int, r rune) {
		if first < 0 || i < first {
			first, char = i, r
		}
	}
	if i := bytes.IndexByte(data, 0x7F); i >= 0 {
		found(i, 0x7F)
	}
	for _, sep := range []rune{0x2028, 0x2029} {
		if i := bytes.Index(data, []byte(string(sep))); i >= 0 {
			found(i, sep)
		}
	}
	for from := 0; ; {
		i := bytes.IndexByte(data[from:], 0xC2) // U+0080–U+009F are C2 80–C2 9F
		if i < 0 {
			break
		}
		i += from
		if r, _ := utf8.DecodeRune(data[i:]); r >= 0x80 && r <= 0x9F {
			found(i, r)
			break
		}
		from = i + 1
	}
	if i, r := controlEscape(data); i >= 0 {
		found(i, r)
	}
	return first, char
}

// controlEscape returns the offset of the first escape in data that
// stands for a control character, and that character; -1 if there is
// none. Outside strings a backslash is a syntax error, so every backslash
// starts an escape.
func controlEscape(data []byte) (int, rune) {
	for from := 0; ; {
		i := bytes.IndexByte(data[from:], '\\')
		if i < 0 || from+i+1 >= len(data) {
			return -1, 0
		}
		i += from
		switch c := data[i+1]; c {
		case 'n':
			return i, '\n'
		case 't':
			return i, '\t'
		case 'r':
			return i, '\r'
		case 'b':
			return i, '\b'
		case 'f':
			return i, '\f'
		case 'u':
			if i+6 <= len(data) {
				if n, err := strconv.ParseUint(string(data[i+2:i+6]), 16, 16); err == nil && isControl(rune(n)) {
					return i, rune(n)
				}
			}
		}
		from = i + 2 // the escaped character, whatever it is, is not a backslash that starts an escape
	}
}
