package member

// TagsValid exposes the hand-written check of the struct tags to the tests.
func TagsValid(m Member) bool { return m.tagsValid() }

// ValidateInSlow is ValidateIn running the reflective validator always.
func ValidateInSlow(m Member, sectors Sectors) error { return m.validateIn(sectors, false) }

// SectorWellFormed exposes the character rules of Sector.IsValid.
func SectorWellFormed(s Sector) bool { return s.wellFormed() }
