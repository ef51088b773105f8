package lvzhi

// Identifiers of records. Domain packages never import each other; they
// refer to records of other packages by these IDs, and the summary package
// checks that every ID refers to a record that exists.
//
// IDs are opaque strings chosen by the caller (a database key, a roster
// number); lvzhi only requires them to be non-empty and unique per kind.
type (
	MemberID   string // 委员 in package member
	SessionID  string // 会议 in package session
	TopicID    string // 调研课题 in package research
	ActivityID string // 履职活动 in package research
)
