package zh

import (
	"bytes"
	"slices"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"
)

// The private-use block U+E000–U+E864 needs care. GB 18030 maps its first
// part, U+E000–U+E765, to the three user-defined areas (自定义区), which
// legacy systems use for rare characters in names:
//
//	U+E000–U+E233  0xAAA1–0xAFFE  (rows AA–AF, trail bytes A1–FE)
//	U+E234–U+E4C5  0xF8A1–0xFEFE  (rows F8–FE, trail bytes A1–FE)
//	U+E4C6–U+E765  0xA140–0xA7A0  (rows A1–A7, trail bytes 40–A0 without 7F)
//
// golang.org/x/text decodes these codes to U+FFFD and encodes the code
// points to four-byte codes that decode to other characters, so lvzhi maps
// the areas itself. The rest of the block, U+E766–U+E864, held characters
// GBK had no code point for; where x/text cannot convert one both ways it is
// reported as [ErrNotInGB18030] rather than written wrongly.
const (
	puaLow   = 0xE000 // first code point of the user-defined areas
	puaArea2 = 0xE234
	puaArea3 = 0xE4C6
	puaEnd   = 0xE766 // end of the user-defined areas
	puaHigh  = 0xE865 // end of the private-use block GB 18030 maps specially
)

// userAreaCode returns the two-byte code of r in the user-defined areas.
func userAreaCode(r rune) (byte, byte) {
	switch {
	case r < puaArea2:
		k := int(r - puaLow)
		return byte(0xAA + k/94), byte(0xA1 + k%94)
	case r < puaArea3:
		k := int(r - puaArea2)
		return byte(0xF8 + k/94), byte(0xA1 + k%94)
	}
	k := int(r - puaArea3)
	c1 := 0x40 + k%96
	if c1 >= 0x7F {
		c1++
	}
	return byte(0xA1 + k/96), byte(c1)
}

// userAreaRune returns the code point of the two-byte code c0 c1 if it lies
// in a user-defined area.
func userAreaRune(c0, c1 byte) (rune, bool) {
	switch {
	case 0xAA <= c0 && c0 <= 0xAF && 0xA1 <= c1 && c1 <= 0xFE:
		return puaLow + rune(c0-0xAA)*94 + rune(c1-0xA1), true
	case 0xF8 <= c0 && c0 <= 0xFE && 0xA1 <= c1 && c1 <= 0xFE:
		return puaArea2 + rune(c0-0xF8)*94 + rune(c1-0xA1), true
	case 0xA1 <= c0 && c0 <= 0xA7 && 0x40 <= c1 && c1 <= 0xA0 && c1 != 0x7F:
		k := rune(c1 - 0x40)
		if c1 > 0x7F {
			k--
		}
		return puaArea3 + rune(c0-0xA1)*96 + k, true
	}
	return 0, false
}

// unmappable lists the code points of U+E766–U+E864 that x/text does not
// convert both ways.
var unmappable = sync.OnceValue(func() *[puaHigh - puaEnd]bool {
	var t [puaHigh - puaEnd]bool
	enc := simplifiedchinese.GB18030.NewEncoder()
	dec := simplifiedchinese.GB18030.NewDecoder()
	for r := rune(puaEnd); r < puaHigh; r++ {
		gb, err1 := enc.Bytes(utf8.AppendRune(nil, r))
		back, err2 := dec.Bytes(gb)
		t[r-puaEnd] = err1 != nil || err2 != nil || string(back) != string(r)
	}
	return &t
})

// inGB18030 reports whether r can be written in GB18030.
func inGB18030(r rune) bool {
	return r < puaEnd || r >= puaHigh || !unmappable()[r-puaEnd]
}

// nextUserArea returns the offset in src of the first rune in a
// user-defined area, or len(src). All such runes start with the byte 0xEE.
func nextUserArea(src []byte) int {
	for i := 0; ; i++ {
		k := bytes.IndexByte(src[i:], 0xEE)
		if k < 0 {
			return len(src)
		}
		i += k
		if r, _ := utf8.DecodeRune(src[i:]); puaLow <= r && r < puaEnd {
			return i
		}
	}
}

// appendGB18030 appends the GB18030 encoding of src to dst. src must be
// valid UTF-8 made of whole runes, all of them in GB18030.
func appendGB18030(enc transform.Transformer, dst, src []byte) ([]byte, error) {
	for len(src) > 0 {
		i := nextUserArea(src)
		if i > 0 {
			// No rune takes more than twice its UTF-8 length in GB18030.
			dst = slices.Grow(dst, 2*i)
			n, _, err := enc.Transform(dst[len(dst):len(dst)+2*i], src[:i], true)
			if err != nil {
				return dst, err
			}
			dst = dst[:len(dst)+n]
		}
		if i == len(src) {
			break
		}
		r, size := utf8.DecodeRune(src[i:])
		c0, c1 := userAreaCode(r)
		dst = append(dst, c0, c1)
		src = src[i+size:]
	}
	return dst, nil
}
