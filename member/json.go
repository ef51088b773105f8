package member

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
)

// rosterJSON is the JSON form of a Roster.
type rosterJSON struct {
	LocalSectors []Sector `json:"local_sectors,omitempty"`
	Members      []Member `json:"members"`
}

// MarshalJSON writes the roster as {"local_sectors": [...], "members":
// [...]}: the local sectors in registration order (the 34 national ones are
// implied) and the members in insertion order.
func (r *Roster) MarshalJSON() ([]byte, error) {
	members := r.members
	if members == nil {
		members = []Member{}
	}
	return json.Marshal(rosterJSON{LocalSectors: r.sectors.local, Members: members})
}

// UnmarshalJSON reads the form written by MarshalJSON strictly (unknown
// fields are errors, see [DecodeRoster]) and replaces r only if every
// member is valid and unique.
func (r *Roster) UnmarshalJSON(b []byte) error {
	nr, err := decodeRoster(b)
	if err != nil {
		return err
	}
	*r = *nr
	return nil
}

func decodeRoster(b []byte) (*Roster, error) {
	var rj rosterJSON
	if err := jsonstrict.CheckControl(b); err != nil {
		return nil, fmt.Errorf("member: 读取委员名册：%w", err)
	}
	if err := jsonstrict.Unmarshal(b, &rj); err != nil {
		return nil, fmt.Errorf("member: 读取委员名册：%w", err)
	}
	local := make([]string, len(rj.LocalSectors))
	for i, s := range rj.LocalSectors {
		local[i] = string(s)
	}
	sectors, err := NewSectors(local...)
	if err != nil {
		var verrs lvzhi.ValidationErrors
		if errors.As(err, &verrs) {
			return nil, verrs.Prefix("LocalSectors", "地方界别")
		}
		return nil, err
	}
	return NewRosterOf(sectors, rj.Members...)
}

// DecodeRoster reads one roster in the JSON form of [Roster.MarshalJSON]
// from rd. Decoding is strict: unknown fields, trailing data and values of
// the wrong type are errors naming their JSON path (so that a misspelt
// field is not silently dropped), and the members are normalised and
// validated as by [NewRosterOf], every problem reported at once.
func DecodeRoster(rd io.Reader) (*Roster, error) {
	b, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("member: 读取委员名册：%w", err)
	}
	return decodeRoster(b)
}

// DecodeMember reads one member as JSON from rd, strictly like
// [DecodeRoster], and normalises it. It does not validate: call
// [Member.ValidateIn] with the committee's sectors, or add the member to a
// [Roster].
func DecodeMember(rd io.Reader) (Member, error) {
	b, err := io.ReadAll(rd)
	if err != nil {
		return Member{}, fmt.Errorf("member: 读取委员信息：%w", err)
	}
	var m Member
	if err := jsonstrict.CheckControl(b); err != nil {
		return Member{}, fmt.Errorf("member: 读取委员信息：%w", err)
	}
	if err := jsonstrict.Unmarshal(b, &m); err != nil {
		return Member{}, fmt.Errorf("member: 读取委员信息：%w", err)
	}
	m.Normalize()
	return m, nil
}

// MarshalJSON writes the local sectors as a list of names; the national
// sectors are implied.
func (r Sectors) MarshalJSON() ([]byte, error) {
	local := r.local
	if local == nil {
		local = []Sector{}
	}
	return json.Marshal(local)
}

// UnmarshalJSON reads a list of local sector names, checked as by
// [NewSectors].
func (r *Sectors) UnmarshalJSON(b []byte) error {
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return fmt.Errorf("member: 读取界别：%w", err)
	}
	s, err := NewSectors(names...)
	if err != nil {
		return err
	}
	*r = s
	return nil
}

// MarshalJSON writes the upper limits, [35,45,55,60] for the default bands.
func (b AgeBands) MarshalJSON() ([]byte, error) {
	if len(b.limits) == 0 {
		b = DefaultAgeBands()
	}
	return json.Marshal(b.limits)
}

// UnmarshalJSON reads upper limits, checked as by [NewAgeBands].
func (b *AgeBands) UnmarshalJSON(data []byte) error {
	var limits []int
	if err := json.Unmarshal(data, &limits); err != nil {
		return fmt.Errorf("member: 读取年龄段：%w", err)
	}
	nb, err := NewAgeBands(limits...)
	if err != nil {
		return err
	}
	*b = nb
	return nil
}
