package member

import (
	"unicode/utf8"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/validate"
)

// The functions below check by hand, without reflection, exactly the
// rules written in the `validate` struct tags of [Member] and the types it
// holds, using the predicates those tags call. [Member.ValidateIn] runs the
// reflective validator only when they find a problem, so that the
// validator still words every message. They may reject a value the tags
// accept (the validator then finds nothing, and nothing is lost), but must
// never accept one the tags reject; the tests hold them to that.

// tagsValid reports whether m certainly passes every `validate` tag of
// Member, Contact, Post, CommitteeMembership, GroupMembership and Tenure.
// It does not look at the cross-field rules of [Member.ValidateIn].
func (m *Member) tagsValid() bool {
	switch {
	case m.ID == "" || !maxRunes(string(m.ID), 64): // required,max=64
		return false
	case m.Name == "" || !validate.IsZhName(m.Name): // required,zhname
		return false
	case m.Gender == 0 || !m.Gender.IsValid(): // required,gender
		return false
	case m.Ethnicity != "" && !m.Ethnicity.IsValid(): // omitempty,ethnicity
		return false
	case !dateTagValid(m.BirthDate): // date
		return false
	case m.IDNumber != "" && !validate.IsIDCard(m.IDNumber): // omitempty,idcard
		return false
	case m.Party == 0 || !m.Party.IsValid(): // required,party
		return false
	case m.Sector == "" || !m.Sector.IsValid(): // required,sector
		return false
	case !maxRunes(m.WorkUnit, 100) || !maxRunes(m.Title, 100): // max=100
		return false
	case !m.Contact.tagsValid():
		return false
	}
	for i := range m.Posts { // dive
		if !m.Posts[i].tagsValid() {
			return false
		}
	}
	for i := range m.Committees { // dive
		if !m.Committees[i].tagsValid() {
			return false
		}
	}
	for i := range m.Groups { // dive
		if !m.Groups[i].tagsValid() {
			return false
		}
	}
	return true
}

// tagsValid reports whether c certainly passes the tags of Contact.
func (c *Contact) tagsValid() bool {
	switch {
	case c.Mobile != "" && !validate.IsMobile(c.Mobile): // omitempty,mobile
		return false
	case c.Email != "" && (!maxRunes(c.Email, 100) || !validate.IsEmail(c.Email)): // omitempty,email,max=100
		return false
	}
	return maxRunes(c.Address, 200) // max=200
}

// tagsValid reports whether p certainly passes the tags of Post.
func (p *Post) tagsValid() bool {
	return p.Role != 0 && p.Role.IsValid() && // required,isvalid
		maxRunes(p.Label, 50) && // max=50
		p.Tenure.tagsValid()
}

// tagsValid reports whether c certainly passes the tags of
// CommitteeMembership.
func (c *CommitteeMembership) tagsValid() bool {
	return c.Committee != "" && maxRunes(string(c.Committee), 30) && // required,max=30
		c.Role != 0 && c.Role.IsValid() && // required,isvalid
		c.Tenure.tagsValid()
}

// tagsValid reports whether g certainly passes the tags of GroupMembership.
func (g *GroupMembership) tagsValid() bool {
	return g.Group != "" && maxRunes(g.Group, 30) && // required,max=30
		g.Role != 0 && g.Role.IsValid() && // required,isvalid
		g.Tenure.tagsValid()
}

// tagsValid reports whether t certainly passes the tags of Tenure.
func (t *Tenure) tagsValid() bool { return dateTagValid(t.Start) && dateTagValid(t.End) }

// dateTagValid is the `date` rule: the zero Date or a real day.
func dateTagValid(d lvzhi.Date) bool { return d.IsZero() || d.IsValid() }

// maxRunes is the `max=n` rule on a string: at most n characters. A string
// of at most n bytes has at most n characters, which spares the count.
func maxRunes(s string, n int) bool { return len(s) <= n || utf8.RuneCountInString(s) <= n }
