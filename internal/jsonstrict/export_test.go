package jsonstrict

// UnmarshalSlow is the encoding/json path of Unmarshal, for tests that
// compare it with Fast.
var UnmarshalSlow = unmarshalSlow
