package member

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/lvzhi-go/lvzhi"
)

// Count is one line of a breakdown: a category's Chinese name and the
// number of members in it.
type Count struct {
	Name string `json:"name"`
	N    int    `json:"n"`
}

// Unknown is the name of the category of members whose value is not
// recorded (no ethnicity, no birth date).
const Unknown = "未填写"

// tally counts members by key and returns the keys in order; keys with no
// members are left out.
func tally[K comparable](ms []Member, key func(Member) K, order []K, name func(K) string) []Count {
	n := make(map[K]int, len(order))
	for _, m := range ms {
		n[key(m)]++
	}
	var out []Count
	for _, k := range order {
		if n[k] > 0 {
			out = append(out, Count{Name: name(k), N: n[k]})
		}
	}
	return out
}

// CountBySector returns the number of members per sector, in the
// registry's order; sectors without members are left out.
func (r *Roster) CountBySector() []Count {
	return tally(r.members, func(m Member) Sector { return m.Sector }, r.sectors.All(), Sector.String)
}

// CountByParty returns the number of members per party, in official order.
func (r *Roster) CountByParty() []Count {
	return tally(r.members, func(m Member) Party { return m.Party }, Parties(), Party.String)
}

// CountByGender returns the number of men and women, men first.
func (r *Roster) CountByGender() []Count {
	return tally(r.members, func(m Member) Gender { return m.Gender }, []Gender{Male, Female}, Gender.String)
}

// CountByEthnicity returns the number of members per ethnic group in the
// order of the GB/T 3304 codes, followed by [Unknown] for members without
// one.
func (r *Roster) CountByEthnicity() []Count {
	order := append(Ethnicities(), "")
	return tally(r.members, func(m Member) Ethnicity { return m.Ethnicity }, order, func(e Ethnicity) string {
		if e == "" {
			return Unknown
		}
		return string(e)
	})
}

// AgeBands divides ages into bands by their upper limits: limits 35, 45,
// 55, 60 give the bands 35岁及以下, 36至45岁, 46至55岁, 56至60岁 and 61岁及以上.
type AgeBands struct {
	limits []int
}

// DefaultAgeBands returns the bands 35岁及以下, 36至45岁, 46至55岁, 56至60岁,
// 61岁及以上.
func DefaultAgeBands() AgeBands { return AgeBands{limits: []int{35, 45, 55, 60}} }

// NewAgeBands returns the bands with the given upper limits, which must be
// strictly increasing and between 1 and 150.
func NewAgeBands(limits ...int) (AgeBands, error) {
	if len(limits) == 0 {
		return AgeBands{}, &lvzhi.ValueError{What: "年龄段", Value: "", Err: fmt.Errorf("%w：至少需要一个年龄上限", lvzhi.ErrRequired)}
	}
	for i, l := range limits {
		if l < 1 || l > 150 || (i > 0 && l <= limits[i-1]) {
			return AgeBands{}, &lvzhi.ValueError{What: "年龄段", Value: fmt.Sprint(limits),
				Err: fmt.Errorf("%w：年龄上限须在1至150之间且逐个增大", lvzhi.ErrOutOfRange)}
		}
	}
	return AgeBands{limits: slices.Clone(limits)}, nil
}

// Names returns the names of the bands, youngest first.
func (b AgeBands) Names() []string {
	if len(b.limits) == 0 {
		b = DefaultAgeBands()
	}
	out := make([]string, 0, len(b.limits)+1)
	for i, l := range b.limits {
		if i == 0 {
			out = append(out, strconv.Itoa(l)+"岁及以下")
			continue
		}
		lo := b.limits[i-1] + 1
		if lo == l {
			out = append(out, strconv.Itoa(l)+"岁")
		} else {
			out = append(out, strconv.Itoa(lo)+"至"+strconv.Itoa(l)+"岁")
		}
	}
	return append(out, strconv.Itoa(b.limits[len(b.limits)-1]+1)+"岁及以上")
}

// Band returns the index of the band holding age (0 for the youngest).
func (b AgeBands) Band(age int) int {
	if len(b.limits) == 0 {
		b = DefaultAgeBands()
	}
	i, _ := slices.BinarySearch(b.limits, age)
	return i
}

// CountByAge returns the number of members per age band on day d, youngest
// first, followed by [Unknown] for members without a birth date (or born
// after d). Bands without members are left out. The zero AgeBands means
// [DefaultAgeBands].
func (r *Roster) CountByAge(d lvzhi.Date, bands AgeBands) []Count {
	names := bands.Names()
	n := make([]int, len(names)+1)
	for _, m := range r.members {
		if age, ok := m.Age(d); ok {
			n[bands.Band(age)]++
		} else {
			n[len(names)]++
		}
	}
	var out []Count
	for i, c := range n {
		if c == 0 {
			continue
		}
		name := Unknown
		if i < len(names) {
			name = names[i]
		}
		out = append(out, Count{Name: name, N: c})
	}
	return out
}

// CountNonPublicEconomy returns the number of members marked as 非公有制经济人士.
func (r *Roster) CountNonPublicEconomy() int {
	n := 0
	for _, m := range r.members {
		if m.NonPublicEconomy {
			n++
		}
	}
	return n
}
