package zh

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// benchInputsFile holds the inputs shared with the nzh comparison in
// bench/peers.sh: 1000 int64 values from `node bench/peers.js gen 1000 2022`
// (every decimal width, half the digits zero, one in five negative).
const benchInputsFile = "../bench/numeral_inputs.txt"

func readBenchInputs(tb testing.TB, file string) []int64 {
	tb.Helper()
	f, err := os.Open(file)
	require.NoError(tb, err)
	defer f.Close()
	var out []int64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		field, _, _ := strings.Cut(sc.Text(), "\t")
		if field == "" {
			continue
		}
		n, err := strconv.ParseInt(field, 10, 64)
		require.NoError(tb, err)
		out = append(out, n)
	}
	require.NoError(tb, sc.Err())
	require.NotEmpty(tb, out)
	return out
}

// moneyBenchInput maps an input to the amount BenchmarkMoney uses, the
// same mapping as moneyInput in bench/peers.js: |n| mod 10^10 fen.
func moneyBenchInput(n int64) int64 {
	u := absInt64(n) % 10_000_000_000
	return int64(u)
}

func BenchmarkNumeral(b *testing.B) {
	in := readBenchInputs(b, benchInputsFile)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_ = Numeral(in[i%len(in)])
	}
}

func BenchmarkParseNumeral(b *testing.B) {
	in := readBenchInputs(b, benchInputsFile)
	strs := make([]string, len(in))
	for i, n := range in {
		strs[i] = Numeral(n)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := ParseNumeral(strs[i%len(strs)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMoney(b *testing.B) {
	in := readBenchInputs(b, benchInputsFile)
	fen := make([]int64, len(in))
	for i, n := range in {
		fen[i] = moneyBenchInput(n)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := Money(fen[i%len(fen)]); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBenchInputsRoundTrip(t *testing.T) {
	// The shared inputs cover every width and both signs, and all read back.
	in := readBenchInputs(t, benchInputsFile)
	widths := map[int]bool{}
	neg := 0
	for _, n := range in {
		widths[len(strconv.FormatUint(absInt64(n), 10))] = true
		if n < 0 {
			neg++
		}
		got, err := ParseNumeral(Numeral(n))
		require.NoError(t, err)
		require.Equal(t, n, got)
	}
	require.Len(t, widths, 19)
	require.Greater(t, neg, len(in)/10)
}

// TestDumpNumeralsForNzh writes "n<TAB>Numeral(n)" for the inputs in
// $LVZHI_NZH_INPUTS to $LVZHI_NZH_OUT; bench/peers.sh uses it for its diff
// against nzh. Without the variables it is skipped.
func TestDumpNumeralsForNzh(t *testing.T) {
	inFile, outFile := os.Getenv("LVZHI_NZH_INPUTS"), os.Getenv("LVZHI_NZH_OUT")
	if inFile == "" || outFile == "" {
		t.Skip("LVZHI_NZH_INPUTS and LVZHI_NZH_OUT not set")
	}
	in := readBenchInputs(t, inFile)
	var sb strings.Builder
	for _, n := range in {
		s := Numeral(n)
		got, err := ParseNumeral(s)
		require.NoError(t, err)
		require.Equal(t, n, got)
		sb.WriteString(strconv.FormatInt(n, 10))
		sb.WriteByte('\t')
		sb.WriteString(s)
		sb.WriteByte('\n')
	}
	require.NoError(t, os.WriteFile(outFile, []byte(sb.String()), 0o644))
}
