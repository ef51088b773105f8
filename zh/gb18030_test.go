package zh_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/zh"
)

func TestEncodeGB18030(t *testing.T) {
	tests := []struct {
		in   string
		want []byte
	}{
		{"", []byte{}},
		{"ABC 123", []byte("ABC 123")},
		{"政协", []byte{0xD5, 0xFE, 0xD0, 0xAD}},         // GB2312 area
		{"〇", []byte{0xA9, 0x96}},                      // U+3007, GBK area
		{"€", []byte{0xA2, 0xE3}},                      // never the CP936 single byte 0x80
		{"\u0080", []byte{0x81, 0x30, 0x81, 0x30}},     // first four-byte code
		{"\uFFFD", []byte{0x84, 0x31, 0xA4, 0x37}},     // a real U+FFFD is kept
		{"𠀀", []byte{0x95, 0x32, 0x82, 0x36}},          // U+20000, supplementary plane
		{"\U0010FFFF", []byte{0xE3, 0x32, 0x9A, 0x35}}, // last code point
		{"\uE000", []byte{0xAA, 0xA1}},                 // user-defined area 1
		{"\uE233", []byte{0xAF, 0xFE}},
		{"\uE234", []byte{0xF8, 0xA1}}, // area 2
		{"\uE4C5", []byte{0xFE, 0xFE}},
		{"\uE4C6", []byte{0xA1, 0x40}}, // area 3
		{"\uE504", []byte{0xA1, 0x7E}},
		{"\uE505", []byte{0xA1, 0x80}}, // trail byte 0x7F skipped
		{"\uE765", []byte{0xA7, 0xA0}},
		{"\uE76C", []byte{0x83, 0x36, 0xC7, 0x39}}, // four-byte private use
		{"2022年1月8日", []byte{'2', '0', '2', '2', 0xC4, 0xEA, '1', 0xD4, 0xC2, '8', 0xC8, 0xD5}},
	}
	for _, tt := range tests {
		got, err := zh.EncodeGB18030(tt.in)
		require.NoError(t, err, "%q", tt.in)
		assert.Equal(t, tt.want, got, "EncodeGB18030(%q)", tt.in)
		back, err := zh.DecodeGB18030(tt.want)
		require.NoError(t, err, "% X", tt.want)
		assert.Equal(t, tt.in, back, "DecodeGB18030(% X)", tt.want)
	}
}

func TestEncodeGB18030Invalid(t *testing.T) {
	tests := []struct {
		in     string
		offset int64
	}{
		{"\xff", 0},
		{"政协\x80", 6},
		{"ab\xe4\xb8", 2},       // truncated 中
		{"ab\xe4\xb8c", 2},      // interrupted 中
		{"\xc0\xaf", 0},         // overlong
		{"\xed\xa0\x80", 0},     // surrogate
		{"\xf4\x90\x80\x80", 0}, // beyond U+10FFFF
		{"好\uFFFD好\xfe", 9},     // a real U+FFFD is fine; the stray byte is not
	}
	for _, tt := range tests {
		got, err := zh.EncodeGB18030(tt.in)
		assert.Nil(t, got)
		var ee *zh.EncodingError
		require.ErrorAs(t, err, &ee, "%q", tt.in)
		assert.Equal(t, tt.offset, ee.Offset, "%q", tt.in)
		assert.ErrorIs(t, err, zh.ErrInvalidUTF8)
		assert.ErrorIs(t, err, lvzhi.ErrSyntax)
		assert.Contains(t, err.Error(), "UTF-8")
	}
}

func TestDecodeGB18030Invalid(t *testing.T) {
	tests := []struct {
		name   string
		in     []byte
		offset int64
	}{
		{"lone 0x80", []byte{'a', 0x80}, 1},
		{"lone 0xFF", []byte{0xFF}, 0},
		{"truncated pair", []byte{'a', 'b', 0xD5}, 2},
		{"bad second byte", []byte{0xD5, 0x7F}, 0},
		{"second byte 0xFF", []byte{0xD5, 0xFF}, 0},
		{"truncated four-byte", []byte{0xD5, 0xFE, 0x81, 0x30, 0x81}, 2},
		{"bad third byte", []byte{0x81, 0x30, 0x30, 0x30}, 0},
		{"bad fourth byte", []byte{0x81, 0x30, 0x81, 0x81}, 0},
		{"unassigned four-byte", []byte{'x', 0x84, 0x31, 0xA5, 0x30}, 1}, // just past U+FFFF
		{"beyond U+10FFFF", []byte{0xE3, 0x32, 0x9A, 0x36}, 0},
		{"unassigned high lead", []byte{0xFE, 0x39, 0xFE, 0x39}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := zh.DecodeGB18030(tt.in)
			assert.Empty(t, got)
			var ee *zh.EncodingError
			require.ErrorAs(t, err, &ee)
			assert.Equal(t, tt.offset, ee.Offset)
			assert.ErrorIs(t, err, zh.ErrInvalidGB18030)
			assert.ErrorIs(t, err, lvzhi.ErrSyntax)
		})
	}
}

func TestEncodeGB18030NotInGB18030(t *testing.T) {
	for _, r := range []rune{0xE766, 0xE76B, 0xE76D, 0xE7C7, 0xE81E, 0xE864} {
		s := "政协" + string(r)
		got, err := zh.EncodeGB18030(s)
		assert.Nil(t, got)
		var ee *zh.EncodingError
		require.ErrorAs(t, err, &ee, "U+%04X", r)
		assert.Equal(t, int64(6), ee.Offset)
		assert.ErrorIs(t, err, zh.ErrNotInGB18030)
		assert.ErrorIs(t, err, lvzhi.ErrOutOfRange)
		assert.NotErrorIs(t, err, zh.ErrInvalidUTF8)
		assert.Contains(t, err.Error(), fmt.Sprintf("U+%04X", r))

		var out bytes.Buffer
		w := zh.NewGB18030Writer(&out)
		n, werr := w.Write([]byte(s))
		assert.Equal(t, 6, n)
		assert.Equal(t, err.Error(), werr.Error())
		assert.Equal(t, []byte{0xD5, 0xFE, 0xD0, 0xAD}, out.Bytes())
	}
}

// TestGB18030AllCodePoints encodes and decodes every Unicode scalar value:
// the conversion must be lossless, and only private-use code points in
// U+E766–U+E864 may be refused.
func TestGB18030AllCodePoints(t *testing.T) {
	if testing.Short() {
		t.Skip("1.1 million code points")
	}
	var sb strings.Builder
	refused := 0
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if 0xE766 <= r && r <= 0xE864 {
			if _, err := zh.EncodeGB18030(string(r)); err != nil {
				require.ErrorIs(t, err, zh.ErrNotInGB18030)
				refused++
				continue
			}
		}
		sb.WriteRune(r)
	}
	assert.Less(t, refused, 0xE865-0xE766, "most of U+E766–U+E864 still converts")
	all := sb.String()
	enc, err := zh.EncodeGB18030(all)
	require.NoError(t, err)
	back, err := zh.DecodeGB18030(enc)
	require.NoError(t, err)
	if back != all {
		// Find the first rune that does not survive, for a useful message.
		for i, r := range all {
			e, err := zh.EncodeGB18030(string(r))
			require.NoError(t, err)
			d, err := zh.DecodeGB18030(e)
			require.NoError(t, err, "U+%04X at %d", r, i)
			require.Equal(t, string(r), d, "U+%04X encodes to % X", r, e)
		}
		t.Fatal("round trip differs")
	}
}

func TestGB18030Writer(t *testing.T) {
	text := "政协第九届委员会第三次会议于2022年1月8日至10日召开。𠀀€\uFFFD"
	want, err := zh.EncodeGB18030(text)
	require.NoError(t, err)
	// Every split of the input into two writes, including splits inside a
	// rune, gives the same bytes.
	for i := 0; i <= len(text); i++ {
		var out bytes.Buffer
		w := zh.NewGB18030Writer(&out)
		n, err := w.Write([]byte(text[:i]))
		require.NoError(t, err)
		require.Equal(t, i, n)
		n, err = w.Write([]byte(text[i:]))
		require.NoError(t, err)
		require.Equal(t, len(text)-i, n)
		require.NoError(t, w.Close())
		require.Equal(t, want, out.Bytes(), "split at %d", i)
	}
	// One byte at a time.
	var out bytes.Buffer
	w := zh.NewGB18030Writer(&out)
	for i := 0; i < len(text); i++ {
		n, err := w.Write([]byte{text[i]})
		require.NoError(t, err)
		require.Equal(t, 1, n)
	}
	require.NoError(t, w.Close())
	assert.Equal(t, want, out.Bytes())
}

func TestGB18030WriterLarge(t *testing.T) {
	text := strings.Repeat("委员履职A", 3000) // 39,000 bytes: many internal chunks
	want, err := zh.EncodeGB18030(text)
	require.NoError(t, err)
	var out bytes.Buffer
	w := zh.NewGB18030Writer(&out)
	n, err := io.Copy(w, strings.NewReader(text))
	require.NoError(t, err)
	assert.Equal(t, int64(len(text)), n)
	require.NoError(t, w.Close())
	assert.Equal(t, want, out.Bytes())
}

func TestGB18030WriterInvalid(t *testing.T) {
	t.Run("bad byte in second write", func(t *testing.T) {
		var out bytes.Buffer
		w := zh.NewGB18030Writer(&out)
		_, err := w.Write([]byte("政协"))
		require.NoError(t, err)
		n, err := w.Write([]byte("ab\xffcd"))
		var ee *zh.EncodingError
		require.ErrorAs(t, err, &ee)
		assert.Equal(t, int64(8), ee.Offset, "offset counts all bytes written")
		assert.Equal(t, 2, n)
		assert.ErrorIs(t, err, zh.ErrInvalidUTF8)
		assert.Equal(t, []byte{0xD5, 0xFE, 0xD0, 0xAD, 'a', 'b'}, out.Bytes(), "text before the bad byte is written")
		_, err2 := w.Write([]byte("ok"))
		assert.Equal(t, err, err2, "the error is sticky")
		assert.Equal(t, err, w.Close())
	})
	t.Run("split rune completed wrongly", func(t *testing.T) {
		var out bytes.Buffer
		w := zh.NewGB18030Writer(&out)
		_, err := w.Write([]byte("ab\xe4"))
		require.NoError(t, err)
		_, err = w.Write([]byte("\xb8X"))
		var ee *zh.EncodingError
		require.ErrorAs(t, err, &ee)
		assert.Equal(t, int64(2), ee.Offset)
		assert.Equal(t, "ab", out.String())
	})
	t.Run("truncated at close", func(t *testing.T) {
		var out bytes.Buffer
		w := zh.NewGB18030Writer(&out)
		_, err := w.Write([]byte("政\xe5\x8d"))
		require.NoError(t, err)
		err = w.Close()
		var ee *zh.EncodingError
		require.ErrorAs(t, err, &ee)
		assert.Equal(t, int64(3), ee.Offset)
		assert.Equal(t, []byte{0xD5, 0xFE}, out.Bytes())
	})
	t.Run("write after close", func(t *testing.T) {
		w := zh.NewGB18030Writer(io.Discard)
		require.NoError(t, w.Close())
		require.NoError(t, w.Close(), "closing twice is harmless")
		_, err := w.Write([]byte("a"))
		assert.Error(t, err)
	})
	t.Run("underlying error", func(t *testing.T) {
		boom := errors.New("disk full")
		w := zh.NewGB18030Writer(failWriter{boom})
		n, err := w.Write([]byte("政协"))
		assert.ErrorIs(t, err, boom)
		assert.Equal(t, 0, n)
		_, err = w.Write([]byte("a"))
		assert.ErrorIs(t, err, boom)
		assert.ErrorIs(t, w.Close(), boom)
	})
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

// FuzzGB18030 checks that valid UTF-8 survives encode → decode unchanged,
// that invalid UTF-8 is an error at the first bad byte, that only a few
// private-use characters are refused, that the writer
// agrees with EncodeGB18030 however the input is split, and that decoding
// arbitrary bytes never panics and re-encodes to the same bytes.
func FuzzGB18030(f *testing.F) {
	f.Add("政协2022年上半年工作总结", 3)
	f.Add("〇€\uFFFD𠀀\U0010FFFF", 1)
	f.Add("ab\xe4\xb8", 3)
	f.Add("\xff\x80", 0)
	f.Add("", -8)
	f.Add("\x84\x31\xa4\x37\xd5\xfe", 2)
	f.Add("\uE000\uE765\uE766\xaa\xa1", 4)
	f.Fuzz(func(t *testing.T, s string, split int) {
		enc, err := zh.EncodeGB18030(s)
		switch {
		case err == nil:
			require.True(t, utf8.ValidString(s))
			dec, err := zh.DecodeGB18030(enc)
			require.NoError(t, err)
			require.Equal(t, s, dec)
		case errors.Is(err, zh.ErrNotInGB18030):
			var ee *zh.EncodingError
			require.ErrorAs(t, err, &ee)
			r, _ := utf8.DecodeRuneInString(s[ee.Offset:])
			require.True(t, 0xE766 <= r && r <= 0xE864, "U+%04X refused", r)
		default:
			require.False(t, utf8.ValidString(s))
			var ee *zh.EncodingError
			require.ErrorAs(t, err, &ee)
			require.ErrorIs(t, err, zh.ErrInvalidUTF8)
			require.True(t, utf8.ValidString(s[:ee.Offset]))
			r, size := utf8.DecodeRuneInString(s[ee.Offset:])
			require.True(t, r == utf8.RuneError && size == 1)
		}

		var out bytes.Buffer
		w := zh.NewGB18030Writer(&out)
		split = min(max(split, 0), len(s))
		_, err1 := w.Write([]byte(s[:split]))
		var err2 error
		if err1 == nil {
			_, err2 = w.Write([]byte(s[split:]))
		}
		errc := w.Close()
		if err == nil {
			require.NoError(t, errors.Join(err1, err2, errc))
			require.Equal(t, string(enc), out.String())
		} else {
			require.Error(t, errc)
			require.Equal(t, err.Error(), errc.Error(), "writer reports the same offset")
		}

		dec, err := zh.DecodeGB18030([]byte(s))
		if err == nil {
			again, err := zh.EncodeGB18030(dec)
			require.NoError(t, err)
			if !bytes.Equal(again, []byte(s)) {
				// Only a few codes have a second, non-canonical spelling.
				redec, err := zh.DecodeGB18030(again)
				require.NoError(t, err)
				require.Equal(t, dec, redec)
			}
		}
	})
}
