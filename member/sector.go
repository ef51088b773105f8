package member

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
)

// Sector is a 界别, the group a member represents on the committee, by its
// Chinese name ("中国民主同盟", "经济界"). It is a string type so that local
// committees can add their own sectors ("特邀人士", "港澳台侨界" …) and so
// that JSON holds the plain name; which names are accepted, and in which
// order they are listed, is decided by a [Sectors] registry value.
//
// The constants below are the 34 sectors of the 14th National Committee,
// in the official order.
type Sector string

// The 34 sectors of the 14th National Committee of the CPPCC, in order.
const (
	SectorCPC                  Sector = "中国共产党"
	SectorRevolutionaryKMT     Sector = "中国国民党革命委员会"
	SectorDemocraticLeague     Sector = "中国民主同盟"
	SectorNationalConstruction Sector = "中国民主建国会"
	SectorPromotingDemocracy   Sector = "中国民主促进会"
	SectorPeasantsWorkers      Sector = "中国农工民主党"
	SectorZhiGong              Sector = "中国致公党"
	SectorJiuSan               Sector = "九三学社"
	SectorTaiwanLeague         Sector = "台湾民主自治同盟"
	SectorNonParty             Sector = "无党派人士"
	SectorYouth                Sector = "中国共产主义青年团和中华全国青年联合会"
	SectorTradeUnions          Sector = "中华全国总工会"
	SectorWomen                Sector = "中华全国妇女联合会"
	SectorIndustryCommerce     Sector = "中华全国工商业联合会"
	SectorScienceAssociation   Sector = "中国科学技术协会"
	SectorTaiwanCompatriots    Sector = "中华全国台湾同胞联谊会"
	SectorReturnedOverseas     Sector = "中华全国归国华侨联合会"
	SectorCultureArts          Sector = "文化艺术界"
	SectorScienceTechnology    Sector = "科学技术界"
	SectorSocialSciences       Sector = "社会科学界"
	SectorEconomy              Sector = "经济界"
	SectorAgriculture          Sector = "农业界"
	SectorEducation            Sector = "教育界"
	SectorSports               Sector = "体育界"
	SectorPress                Sector = "新闻出版界"
	SectorMedicine             Sector = "医药卫生界"
	SectorForeignFriendship    Sector = "对外友好界"
	SectorSocialWelfare        Sector = "社会福利和社会保障界"
	SectorEthnicMinorities     Sector = "少数民族界"
	SectorReligion             Sector = "宗教界"
	SectorEnvironment          Sector = "环境资源界"
	SectorHongKong             Sector = "特邀香港人士"
	SectorMacao                Sector = "特邀澳门人士"
	SectorSpecialInvitees      Sector = "特别邀请人士"
)

var officialSectors = [...]Sector{
	SectorCPC, SectorRevolutionaryKMT, SectorDemocraticLeague, SectorNationalConstruction,
	SectorPromotingDemocracy, SectorPeasantsWorkers, SectorZhiGong, SectorJiuSan, SectorTaiwanLeague,
	SectorNonParty, SectorYouth, SectorTradeUnions, SectorWomen, SectorIndustryCommerce,
	SectorScienceAssociation, SectorTaiwanCompatriots, SectorReturnedOverseas, SectorCultureArts,
	SectorScienceTechnology, SectorSocialSciences, SectorEconomy, SectorAgriculture, SectorEducation,
	SectorSports, SectorPress, SectorMedicine, SectorForeignFriendship, SectorSocialWelfare,
	SectorEthnicMinorities, SectorReligion, SectorEnvironment, SectorHongKong, SectorMacao,
	SectorSpecialInvitees,
}

// officialIndex maps each official sector to its position; built once,
// never changed.
var officialIndex = sync.OnceValue(func() map[Sector]int {
	m := make(map[Sector]int, len(officialSectors))
	for i, s := range officialSectors {
		m[s] = i
	}
	return m
})

// OfficialSectors returns the 34 sectors of the 14th National Committee
// in the official order.
func OfficialSectors() []Sector { return append([]Sector(nil), officialSectors[:]...) }

// String returns the name.
func (s Sector) String() string { return string(s) }

// IsOfficial reports whether s is one of the 34 national sectors.
func (s Sector) IsOfficial() bool {
	_, ok := officialIndex()[s]
	return ok
}

// maxSectorName is the longest sector name accepted, in characters.
const maxSectorName = 30

// IsValid reports whether s is well formed as a sector name: 2 to 30
// characters, valid UTF-8, with at least one Han character and no white
// space, control or punctuation characters other than the middle dot.
// Whether a committee has that sector is for a [Sectors] registry to say.
func (s Sector) IsValid() bool { return s.IsOfficial() || s.wellFormed() }

// wellFormed applies the rules of IsValid character by character; every
// official name passes them, so IsValid looks those up instead.
func (s Sector) wellFormed() bool {
	n := utf8.RuneCountInString(string(s))
	if n < 2 || n > maxSectorName || !utf8.ValidString(string(s)) {
		return false
	}
	han := false
	for _, r := range string(s) {
		switch {
		case unicode.Is(unicode.Han, r):
			han = true
		case unicode.IsLetter(r), unicode.IsDigit(r), r == '·':
		default:
			return false
		}
	}
	return han
}

// Sectors is the list of sectors of one committee: the 34 national
// sectors in official order, followed by the committee's local sectors in
// the order they were registered. A Sectors value is immutable; build one
// with [NewSectors]. The zero Sectors holds the 34 national sectors only,
// like [DefaultSectors].
//
// Sector values are plain names, so they decode from JSON without a
// registry; a registry decides which names are accepted ([Sectors.Parse],
// [Sectors.Contains]) and the order of lists and statistics
// ([Sectors.Index], [Sectors.Compare]).
type Sectors struct {
	local []Sector
}

// DefaultSectors returns the registry of the 34 national sectors.
func DefaultSectors() Sectors { return Sectors{} }

// NewSectors returns the registry of the 34 national sectors followed by
// the local ones, in the order given. Every problem is reported at once:
// a malformed name, a name repeated, or a name that is already national.
func NewSectors(local ...string) (Sectors, error) {
	var errs lvzhi.ValidationErrors
	out := make([]Sector, 0, len(local))
	for i, name := range local {
		s := Sector(name)
		fe := lvzhi.FieldError{Field: fmt.Sprintf("[%d]", i), Label: fmt.Sprintf("地方界别[%d]", i), Rule: "sector", Param: name}
		switch {
		case !s.IsValid():
			fe.Message = fmt.Sprintf("地方界别“%s”不是有效的界别名称", name)
		case s.IsOfficial():
			fe.Rule, fe.Message = "unique", fmt.Sprintf("地方界别“%s”已是全国政协界别，无须重复登记", name)
		case slices.Contains(out, s):
			fe.Rule, fe.Message = "unique", fmt.Sprintf("地方界别“%s”重复登记", name)
		default:
			out = append(out, s)
			continue
		}
		errs = append(errs, fe)
	}
	if len(errs) > 0 {
		return Sectors{}, errs
	}
	if len(out) == 0 {
		out = nil
	}
	return Sectors{local: out}, nil
}

// MustSectors is like [NewSectors] but panics on error; it is meant for
// constant lists in tests and examples.
func MustSectors(local ...string) Sectors {
	s, err := NewSectors(local...)
	if err != nil {
		panic(err)
	}
	return s
}

// All returns every sector of the registry in order.
func (r Sectors) All() []Sector {
	out := make([]Sector, 0, len(officialSectors)+len(r.local))
	out = append(out, officialSectors[:]...)
	return append(out, r.local...)
}

// Local returns the local sectors in registration order.
func (r Sectors) Local() []Sector { return slices.Clone(r.local) }

// Len returns the number of sectors.
func (r Sectors) Len() int { return len(officialSectors) + len(r.local) }

// Index returns the position of s in the registry (0 for 中国共产党, 34 for
// the first local sector), with ok false if the registry does not hold s.
func (r Sectors) Index(s Sector) (i int, ok bool) {
	if i, ok := officialIndex()[s]; ok {
		return i, true
	}
	if j := slices.Index(r.local, s); j >= 0 {
		return len(officialSectors) + j, true
	}
	return -1, false
}

// Contains reports whether the registry holds s.
func (r Sectors) Contains(s Sector) bool {
	_, ok := r.Index(s)
	return ok
}

// Compare orders two sectors by their position in the registry; sectors
// the registry does not hold come after all others, by name.
func (r Sectors) Compare(a, b Sector) int {
	ia, oka := r.Index(a)
	ib, okb := r.Index(b)
	switch {
	case oka && okb:
		return ia - ib
	case oka:
		return -1
	case okb:
		return 1
	}
	return strings.Compare(string(a), string(b))
}

// Parse returns the sector named exactly name. A name the registry does
// not hold is a *[lvzhi.ParseError] wrapping [lvzhi.ErrSyntax] whose
// message names it.
func (r Sectors) Parse(name string) (Sector, error) {
	s := Sector(name)
	if !r.Contains(s) {
		return "", &lvzhi.ParseError{What: "界别", Input: name, Err: fmt.Errorf("%w：不是本委员会设置的界别", lvzhi.ErrSyntax)}
	}
	return s, nil
}
