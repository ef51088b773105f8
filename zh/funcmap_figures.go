package zh

import (
	"fmt"
	"reflect"
)

// Fraction is a rate given whole, such as proposal.Rate: the template
// functions percent, atleast and comparerate accept one in place of a
// numerator and a denominator.
type Fraction interface {
	Fraction() (num, den int)
}

// figureFuncs are the template functions for arithmetic, precision,
// approximations, lower bounds and comparisons.
func figureFuncs() map[string]any {
	return map[string]any{
		"add":         fnAdd,
		"sub":         fnSub,
		"sum":         fnSum,
		"percent":     fnPercent,
		"atleast":     fnAtLeast,
		"approx":      fnApprox,
		"approxnum":   fnApproxNum,
		"compare":     fnCompare,
		"comparerate": fnCompareRate,
	}
}

func fnAdd(a any, more ...any) (int, error) {
	return fnSum(append([]any{a}, more...)...)
}

func fnSub(a, b any) (int, error) {
	x, err := toInt("sub", a)
	if err != nil {
		return 0, err
	}
	y, err := toInt("sub", b)
	if err != nil {
		return 0, err
	}
	return x - y, nil
}

// fnSum adds its integer arguments, or the elements of slices of
// integers among them.
func fnSum(items ...any) (int, error) {
	total := 0
	for _, it := range items {
		rv := reflect.ValueOf(it)
		if k := rv.Kind(); k == reflect.Slice || k == reflect.Array {
			for i := range rv.Len() {
				v, err := toInt("sum", rv.Index(i).Interface())
				if err != nil {
					return 0, err
				}
				total += v
			}
			continue
		}
		v, err := toInt("sum", it)
		if err != nil {
			return 0, err
		}
		total += v
	}
	return total, nil
}

// ratioArgs reads a rate from the front of args: a Fraction, or two
// integers. It returns the rest.
func ratioArgs(fn string, args []any) (num, den int, rest []any, err error) {
	if len(args) > 0 {
		if f, ok := args[0].(Fraction); ok {
			num, den = f.Fraction()
			return num, den, args[1:], nil
		}
	}
	if len(args) < 2 {
		return 0, 0, nil, fmt.Errorf("%s：需要一个比率，或分子和分母两个整数", fn)
	}
	if num, err = toInt(fn, args[0]); err != nil {
		return
	}
	if den, err = toInt(fn, args[1]); err != nil {
		return
	}
	return num, den, args[2:], nil
}

// optionalInt reads at most one optional integer argument.
func optionalInt(fn string, rest []any, def int) (int, error) {
	switch len(rest) {
	case 0:
		return def, nil
	case 1:
		return toInt(fn, rest[0])
	}
	return 0, fmt.Errorf("%s：参数过多（多出%d个）", fn, len(rest)-1)
}

func fnPercent(args ...any) (string, error) {
	num, den, rest, err := ratioArgs("percent", args)
	if err != nil {
		return "", err
	}
	dec, err := optionalInt("percent", rest, 1)
	if err != nil {
		return "", err
	}
	if dec < 0 || dec > 2 {
		return "", fmt.Errorf("percent：小数位数应为0、1或2，实为%d", dec)
	}
	if den == 0 {
		return "", fmt.Errorf("percent：分母为0，无法计算百分比")
	}
	return PercentDecimals(num, den, dec), nil
}

func fnAtLeast(args ...any) (string, error) {
	num, den, rest, err := ratioArgs("atleast", args)
	if err != nil {
		return "", err
	}
	step, err := optionalInt("atleast", rest, 1)
	if err != nil {
		return "", err
	}
	s, err := AtLeast(num, den, step)
	if err != nil {
		return "", fmt.Errorf("atleast：%w", err)
	}
	return s, nil
}

func approxWord(fn string, w any) (Approx, error) {
	switch v := w.(type) {
	case Approx:
		return v, nil
	case string:
		q, err := ParseApprox(v)
		if err != nil {
			return 0, fmt.Errorf("%s：%w", fn, err)
		}
		return q, nil
	}
	return 0, fmt.Errorf("%s：概数用词应为字符串（约、近、多、余），实际为%T", fn, w)
}

func fnApprox(n, word any, unit ...any) (string, error) {
	v, err := toInt("approx", n)
	if err != nil {
		return "", err
	}
	q, err := approxWord("approx", word)
	if err != nil {
		return "", err
	}
	u, err := optionalInt("approx", unit, 0)
	if err != nil {
		return "", err
	}
	s, err := Approximate(v, q, u)
	if err != nil {
		return "", fmt.Errorf("approx：%w", err)
	}
	return s, nil
}

func fnApproxNum(n, word any) (string, error) {
	v, err := toInt("approxnum", n)
	if err != nil {
		return "", err
	}
	q, err := approxWord("approxnum", word)
	if err != nil {
		return "", err
	}
	s, err := ApproxNumber(v, q)
	if err != nil {
		return "", fmt.Errorf("approxnum：%w", err)
	}
	return s, nil
}

// againstArg reads the optional name of the earlier period.
func againstArg(fn string, rest []any) (string, error) {
	switch len(rest) {
	case 0:
		return "上年", nil
	case 1:
		if s, ok := rest[0].(string); ok && s != "" {
			return s, nil
		}
		return "", fmt.Errorf("%s：比较对象应为非空字符串（如“上年”），实际为%v", fn, rest[0])
	}
	return "", fmt.Errorf("%s：参数过多（多出%d个）", fn, len(rest)-1)
}

func fnCompare(prev, cur any, unit string, against ...any) (string, error) {
	p, err := toInt("compare", prev)
	if err != nil {
		return "", err
	}
	c, err := toInt("compare", cur)
	if err != nil {
		return "", err
	}
	a, err := againstArg("compare", against)
	if err != nil {
		return "", err
	}
	return CompareCount(p, c, unit, a), nil
}

func fnCompareRate(args ...any) (string, error) {
	pn, pd, rest, err := ratioArgs("comparerate", args)
	if err != nil {
		return "", err
	}
	n, d, rest, err := ratioArgs("comparerate", rest)
	if err != nil {
		return "", err
	}
	a := "上年"
	if len(rest) > 0 {
		if _, ok := rest[0].(string); ok {
			if a, err = againstArg("comparerate", rest[:1]); err != nil {
				return "", err
			}
			rest = rest[1:]
		}
	}
	dec, err := optionalInt("comparerate", rest, 1)
	if err != nil {
		return "", err
	}
	if dec < 0 || dec > 2 {
		return "", fmt.Errorf("comparerate：小数位数应为0、1或2，实为%d", dec)
	}
	s, err := CompareRateDecimals(pn, pd, n, d, dec, a)
	if err != nil {
		return "", fmt.Errorf("comparerate：%w", err)
	}
	return s, nil
}
