package zh

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"

	"github.com/lvzhi-go/lvzhi"
)

// Errors reported by the GB18030 functions, inside an *[EncodingError].
var (
	// ErrInvalidUTF8 reports text to encode that is not valid UTF-8. It
	// wraps [lvzhi.ErrSyntax].
	ErrInvalidUTF8 = fmt.Errorf("%w：不是有效的 UTF-8 编码", lvzhi.ErrSyntax)
	// ErrInvalidGB18030 reports bytes to decode that are not valid GB18030
	// or have no character assigned. It wraps [lvzhi.ErrSyntax].
	ErrInvalidGB18030 = fmt.Errorf("%w：不是有效的 GB18030 编码", lvzhi.ErrSyntax)
	// ErrNotInGB18030 reports a character that cannot be written in
	// GB18030 (a few private-use code points, see [EncodeGB18030]). It
	// wraps [lvzhi.ErrOutOfRange].
	ErrNotInGB18030 = fmt.Errorf("%w：GB18030 中没有对应的编码", lvzhi.ErrOutOfRange)
)

// errWriterClosed is returned by a GB18030 writer used after Close.
var errWriterClosed = errors.New("zh: GB18030 写入器已关闭")

// EncodingError reports input that cannot be converted, and where: Offset
// is the 0-based byte offset of the first bad byte in the input (for a
// writer, in everything written to it so far). Err wraps [ErrInvalidUTF8],
// [ErrInvalidGB18030] or [ErrNotInGB18030], so [errors.Is] works with them
// and with the sentinel errors of package lvzhi they wrap.
type EncodingError struct {
	Offset int64
	Err    error
}

func (e *EncodingError) Error() string {
	return "zh: 第 " + strconv.FormatInt(e.Offset, 10) + " 字节（从 0 起算）处" + e.Err.Error()
}

func (e *EncodingError) Unwrap() error { return e.Err }

// runeError returns the error for the rune r of the given UTF-8 size, or
// nil if it can be written in GB18030.
func runeError(r rune, size int) error {
	switch {
	case r == utf8.RuneError && size == 1:
		return ErrInvalidUTF8
	case !inGB18030(r):
		return fmt.Errorf("%w（字符 U+%04X）", ErrNotInGB18030, r)
	}
	return nil
}

// checkUTF8 returns an *EncodingError for the first rune of s that is not
// valid UTF-8 or not in GB18030, or nil.
func checkUTF8(s string) error {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if err := runeError(r, size); err != nil {
			return &EncodingError{Offset: int64(i), Err: err}
		}
		i += size
	}
	return nil
}

// EncodeGB18030 converts s from UTF-8 to GB18030, for legacy systems that
// still require it, and [DecodeGB18030] gives the text back unchanged. The
// mapping is that of golang.org/x/text (the WHATWG gb18030 index, after GB
// 18030-2005), completed with GB 18030's user-defined areas: U+E000–U+E233
// are written 0xAAA1–0xAFFE, U+E234–U+E4C5 0xF8A1–0xFEFE and U+E4C6–U+E765
// 0xA140–0xA7A0.
//
// Nothing is replaced silently. Invalid UTF-8 is an *[EncodingError]
// wrapping [ErrInvalidUTF8] that names the offset of the first bad byte; a
// character GB18030 cannot hold (some private-use code points in
// U+E766–U+E864, which no Chinese text needs) is one wrapping
// [ErrNotInGB18030].
func EncodeGB18030(s string) ([]byte, error) {
	if err := checkUTF8(s); err != nil {
		return nil, err
	}
	dst, err := appendGB18030(simplifiedchinese.GB18030.NewEncoder(), make([]byte, 0, 2*len(s)), []byte(s))
	if err != nil {
		return nil, fmt.Errorf("zh: GB18030 编码失败：%w", err)
	}
	return dst, nil
}

// gbFFFD is the GB18030 encoding of U+FFFD, the only input for which the
// decoder's replacement character is a real character.
var gbFFFD = [4]byte{0x84, 0x31, 0xA4, 0x37}

// gbCharLen returns the length (1, 2 or 4) of the GB18030 byte sequence at
// the start of b, or 0 if its structure is invalid or truncated.
func gbCharLen(b []byte) int {
	c0 := b[0]
	switch {
	case c0 < 0x80:
		return 1
	case c0 == 0x80 || c0 == 0xFF || len(b) < 2:
		return 0
	}
	switch c1 := b[1]; {
	case 0x40 <= c1 && c1 <= 0x7E, 0x80 <= c1 && c1 <= 0xFE:
		return 2
	case 0x30 <= c1 && c1 <= 0x39:
		if len(b) >= 4 && 0x81 <= b[2] && b[2] <= 0xFE && 0x30 <= b[3] && b[3] <= 0x39 {
			return 4
		}
	}
	return 0
}

// DecodeGB18030 converts GB18030 bytes to a UTF-8 string, with the mapping
// of [EncodeGB18030]. Every byte sequence must be well formed and map to a
// character: a stray or truncated byte, a code with no character or a lone
// 0x80 (which some decoders read as €) gives an *[EncodingError] wrapping
// [ErrInvalidGB18030] with the offset of the first bad byte. Nothing is
// replaced silently.
func DecodeGB18030(b []byte) (string, error) {
	dec := simplifiedchinese.GB18030.NewDecoder()
	out := make([]byte, 0, len(b)+len(b)/2)
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			out = append(out, b[i])
			i++
			continue
		}
		size := gbCharLen(b[i:])
		if size == 0 {
			return "", &EncodingError{Offset: int64(i), Err: ErrInvalidGB18030}
		}
		if size == 2 {
			if r, ok := userAreaRune(b[i], b[i+1]); ok {
				out = utf8.AppendRune(out, r)
				i += 2
				continue
			}
		}
		var tmp [utf8.UTFMax]byte
		nDst, nSrc, err := dec.Transform(tmp[:], b[i:i+size], true)
		r, _ := utf8.DecodeRune(tmp[:nDst])
		if err != nil || nSrc != size || (r == utf8.RuneError && (size != 4 || [4]byte(b[i:i+4]) != gbFFFD)) {
			return "", &EncodingError{Offset: int64(i), Err: ErrInvalidGB18030}
		}
		out = append(out, tmp[:nDst]...)
		i += size
	}
	return string(out), nil
}

// NewGB18030Writer returns a writer that converts the UTF-8 text written to
// it into GB18030 and writes that to w, as [EncodeGB18030] does. A rune may
// be split across calls to Write: its first bytes are held until the rest
// arrives. Close reports a rune left incomplete at the end; it does not
// close w.
//
// Invalid UTF-8 or a character GB18030 cannot hold is an *[EncodingError]
// as from EncodeGB18030, whose Offset counts every byte written so far; the
// text before the bad byte is converted and written first. An error from
// w, like an encoding error, is returned by every later call.
func NewGB18030Writer(w io.Writer) io.WriteCloser {
	return &gb18030Writer{w: w, enc: simplifiedchinese.GB18030.NewEncoder()}
}

// gbChunk bounds the input converted at once, and so the buffer size.
const gbChunk = 4096

type gb18030Writer struct {
	w      io.Writer
	enc    transform.Transformer
	pend   [utf8.UTFMax]byte // first bytes of a rune split across writes
	npend  int
	off    int64 // input bytes converted so far; pend starts here
	buf    []byte
	err    error
	closed bool
}

func (g *gb18030Writer) fail(off int64, err error) error {
	g.err = &EncodingError{Offset: off, Err: err}
	return g.err
}

// Write implements [io.Writer]. It returns len(p) unless an error occurs.
func (g *gb18030Writer) Write(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	if g.closed {
		return 0, errWriterClosed
	}
	n := 0
	if g.npend > 0 {
		for n < len(p) && !utf8.FullRune(g.pend[:g.npend]) {
			g.pend[g.npend] = p[n]
			g.npend++
			n++
		}
		if !utf8.FullRune(g.pend[:g.npend]) {
			return n, nil
		}
		r, size := utf8.DecodeRune(g.pend[:g.npend])
		if err := runeError(r, size); err != nil {
			return 0, g.fail(g.off, err)
		}
		if err := g.convert(g.pend[:size]); err != nil {
			return 0, err
		}
		g.npend = 0
	}
	rest := p[n:]
	start := 0 // start of the part of rest not yet converted
	for i := 0; i < len(rest); {
		if i-start >= gbChunk {
			if err := g.convert(rest[start:i]); err != nil {
				return n + start, err
			}
			start = i
		}
		if rest[i] < utf8.RuneSelf {
			i++
			continue
		}
		if !utf8.FullRune(rest[i:]) {
			if err := g.convert(rest[start:i]); err != nil {
				return n + start, err
			}
			g.npend = copy(g.pend[:], rest[i:])
			return len(p), nil
		}
		r, size := utf8.DecodeRune(rest[i:])
		if err := runeError(r, size); err != nil {
			if err := g.convert(rest[start:i]); err != nil {
				return n + start, err
			}
			return n + i, g.fail(g.off, err)
		}
		i += size
	}
	if err := g.convert(rest[start:]); err != nil {
		return n + start, err
	}
	return len(p), nil
}

// convert encodes src, which is valid UTF-8 made of whole runes, and
// writes the result.
func (g *gb18030Writer) convert(src []byte) error {
	if len(src) == 0 {
		return nil
	}
	buf, err := appendGB18030(g.enc, g.buf[:0], src)
	g.buf = buf
	if err != nil {
		g.err = fmt.Errorf("zh: GB18030 编码失败：%w", err)
		return g.err
	}
	if _, err := g.w.Write(buf); err != nil {
		g.err = err
		return err
	}
	g.off += int64(len(src))
	return nil
}

// Close implements [io.Closer]. It reports a rune left incomplete by the
// last Write as an *[EncodingError], returns any earlier error, and does
// not close the underlying writer. Writing after Close is an error.
func (g *gb18030Writer) Close() error {
	if g.closed {
		return g.err
	}
	g.closed = true
	if g.err != nil {
		return g.err
	}
	if g.npend > 0 {
		g.npend = 0
		return g.fail(g.off, ErrInvalidUTF8)
	}
	return nil
}
