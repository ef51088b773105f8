package validate_test

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/synth"
	"github.com/lvzhi-go/lvzhi/internal/validate"
)

// samples returns one value of every record type, as generated: valid.
func samples(tb testing.TB) []any {
	tb.Helper()
	rec, err := synth.Generate(synth.Config{Seed: 7, Members: 60, Proposals: 40, Activities: 60, Duties: true})
	require.NoError(tb, err)
	var out []any
	out = append(out, rec.Committee, rec.Members[0], rec.Members[1], rec.Sessions[0], rec.Sessions[len(rec.Sessions)-1],
		rec.Proposals[0].Record, rec.Proposals[1].Record, rec.Topics[0], rec.Duties[0])
	seen := map[reflect.Type]bool{}
	for _, a := range rec.Activities {
		if t := reflect.TypeOf(a); !seen[t] {
			seen[t] = true
			out = append(out, a)
		}
	}
	return out
}

// TestQuickTakesValidRecords checks that the quick check answers yes for
// generated records of the types that use only rules it reads, so that
// validating them costs no more than the walk.
func TestQuickTakesValidRecords(t *testing.T) {
	quick := 0
	for _, v := range samples(t) {
		require.NoError(t, validate.Full(v), "%T", v)
		if validate.Quick(v) {
			quick++
		} else {
			t.Logf("no quick answer for %T", v)
		}
	}
	assert.GreaterOrEqual(t, quick, 10, "most record types have a quick check")
}

// TestQuickIsSound mutates generated records field by field with values
// at and across the rules' limits: whenever the quick check says yes, the
// validator must find nothing.
func TestQuickIsSound(t *testing.T) {
	for i, v := range samples(t) {
		yes, no := checkMutations(t, v, uint64(i), 300)
		t.Logf("%T: quick yes %d, no %d", v, yes, no)
	}
}

func FuzzQuickIsSound(f *testing.F) {
	all := samples(f)
	f.Add(uint8(0), uint64(1))
	f.Add(uint8(5), uint64(2))
	f.Fuzz(func(t *testing.T, which uint8, seed uint64) {
		checkMutations(t, all[int(which)%len(all)], seed, 20)
	})
}

// checkMutations applies n random mutations (one to four fields each) to
// copies of v and checks each copy; it returns how often the quick check
// said yes and no.
func checkMutations(t *testing.T, v any, seed uint64, n int) (yes, no int) {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 99))
	for range n {
		c := deepCopy(reflect.ValueOf(v))
		for range 1 + r.IntN(4) {
			var ls []reflect.Value
			leaves(c, &ls)
			if len(ls) > 0 {
				mutate(r, ls[r.IntN(len(ls))])
			}
		}
		m := c.Interface()
		if !validate.Quick(m) {
			no++
			continue
		}
		yes++
		if err := validate.Full(m); err != nil {
			t.Fatalf("quick check passed %T the validator refuses: %v\n%#v", m, err, m)
		}
	}
	return yes, no
}

var dateType = reflect.TypeFor[lvzhi.Date]()

// leaves collects the settable values of c a mutation may change: every
// scalar, date and list, and the lists' elements.
func leaves(c reflect.Value, out *[]reflect.Value) {
	switch c.Kind() {
	case reflect.Struct:
		if c.Type() == dateType {
			*out = append(*out, c)
			return
		}
		for i := range c.NumField() {
			if c.Type().Field(i).IsExported() {
				leaves(c.Field(i), out)
			}
		}
	case reflect.Slice:
		*out = append(*out, c)
		for j := range c.Len() {
			leaves(c.Index(j), out)
		}
	default:
		if c.CanSet() {
			*out = append(*out, c)
		}
	}
}

var strs = []string{"", "x", "甲", "张三", " 李 四 ", strings.Repeat("长", 51), strings.Repeat("长", 101), strings.Repeat("长", 201),
	strings.Repeat("长", 501), strings.Repeat("长", 1001), "不存在的值", "中国共产党", "经济界", "汉族", "女", "m00001",
	"13800138000", "110101199003071234", "11010119900307123X", "a@b.cn", "\xff", "主席", "委员"}

var ints = []int64{0, 1, -1, 2, 3, 8, 9, 10, 50, 99, 100, 101, 1000, 1001, 1 << 40, -1 << 40}

var dates = []lvzhi.Date{{}, {Year: 2022, Month: 2, Day: 30}, {Year: 2022, Month: 1, Day: 1}, {Month: 1, Day: 1}, {Year: 2022, Month: 13, Day: 1}}

func mutate(r *rand.Rand, v reflect.Value) {
	switch {
	case v.Type() == dateType:
		v.Set(reflect.ValueOf(dates[r.IntN(len(dates))]))
	case v.Kind() == reflect.String:
		v.SetString(strs[r.IntN(len(strs))])
	case v.Kind() >= reflect.Int && v.Kind() <= reflect.Int64:
		n := ints[r.IntN(len(ints))]
		if !v.OverflowInt(n) {
			v.SetInt(n)
		}
	case v.Kind() >= reflect.Uint && v.Kind() <= reflect.Uint64:
		n := uint64(r.IntN(300))
		if !v.OverflowUint(n) {
			v.SetUint(n)
		}
	case v.Kind() == reflect.Bool:
		v.SetBool(!v.Bool())
	case v.Kind() == reflect.Slice:
		switch r.IntN(3) {
		case 0:
			v.SetZero()
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		default:
			v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
		}
	}
}

// deepCopy returns an addressable copy of v sharing no lists with it.
func deepCopy(v reflect.Value) reflect.Value {
	c := reflect.New(v.Type()).Elem()
	copyInto(c, v)
	return c
}

func copyInto(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Struct:
		for i := range src.NumField() {
			if src.Type().Field(i).IsExported() {
				copyInto(dst.Field(i), src.Field(i))
			}
		}
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for j := range src.Len() {
			copyInto(s.Index(j), src.Index(j))
		}
		dst.Set(s)
	default:
		dst.Set(src)
	}
}
