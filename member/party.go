package member

// Party is a member's political affiliation (政治面貌 / 党派): the Communist
// Party of China, one of the eight democratic parties, 无党派人士 or 群众.
// Values follow the order in which the parties are listed in official
// documents.
type Party int

// The parties, with their full names; the short names are in comments.
const (
	PartyCPC                  Party = iota + 1 // 中国共产党 (中共)
	PartyRevolutionaryKMT                      // 中国国民党革命委员会 (民革)
	PartyDemocraticLeague                      // 中国民主同盟 (民盟)
	PartyNationalConstruction                  // 中国民主建国会 (民建)
	PartyPromotingDemocracy                    // 中国民主促进会 (民进)
	PartyPeasantsWorkers                       // 中国农工民主党 (农工党)
	PartyZhiGong                               // 中国致公党 (致公党)
	PartyJiuSan                                // 九三学社
	PartyTaiwanLeague                          // 台湾民主自治同盟 (台盟)
	PartyNonParty                              // 无党派人士
	PartyMasses                                // 群众 (no party affiliation)
)

var partyNames = []string{"", "中国共产党", "中国国民党革命委员会", "中国民主同盟", "中国民主建国会",
	"中国民主促进会", "中国农工民主党", "中国致公党", "九三学社", "台湾民主自治同盟", "无党派人士", "群众"}

var partyShort = []string{"", "中共", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社",
	"台盟", "无党派人士", "群众"}

// String returns the full name ("中国民主同盟"), or "Party(n)" out of range.
func (p Party) String() string { return enumName(partyNames, "Party", int(p)) }

// Short returns the short name ("民盟"); names without a short form are
// returned whole. Out of range it returns the same as String.
func (p Party) Short() string { return enumName(partyShort, "Party", int(p)) }

// IsValid reports whether p is one of the eleven values.
func (p Party) IsValid() bool { return p >= PartyCPC && p <= PartyMasses }

// IsDemocratic reports whether p is one of the eight democratic parties
// (民主党派).
func (p Party) IsDemocratic() bool { return p >= PartyRevolutionaryKMT && p <= PartyTaiwanLeague }

// MarshalText writes the full name.
func (p Party) MarshalText() ([]byte, error) {
	return enumText(partyNames, "党派", "Party", int(p))
}

// UnmarshalText accepts the full name or the short name, exactly.
func (p *Party) UnmarshalText(b []byte) error {
	n, err := enumParse("党派", b, partyNames, partyShort)
	if err != nil {
		return err
	}
	*p = Party(n)
	return nil
}

// ParseParty returns the party with the full or short name s.
func ParseParty(s string) (Party, error) {
	var p Party
	err := p.UnmarshalText([]byte(s))
	return p, err
}

// Parties returns the eleven values in official order.
func Parties() []Party {
	out := make([]Party, 0, PartyMasses)
	for p := PartyCPC; p <= PartyMasses; p++ {
		out = append(out, p)
	}
	return out
}
