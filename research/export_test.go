package research

// The two decoding paths of Activities.UnmarshalJSON, compared by tests.
var (
	DecodeActivitiesFast = decodeActivitiesFast
	DecodeActivitiesSlow = decodeActivitiesSlow
)
