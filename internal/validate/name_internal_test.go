package validate

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

func TestIsNameHanShortcut(t *testing.T) {
	// The shortcut for the CJK Unified Ideographs block agrees with the
	// Unicode tables for every character of the block and around it.
	for r := rune(0x4D00); r <= 0xA0FF; r++ {
		want := unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Radical, r)
		require.Equal(t, want, isNameHan(r), "%U", r)
	}
}
