// Package idcard implements the 18-character citizen identity number
// (公民身份号码) of GB 11643-1999: its ISO 7064 MOD 11-2 check character,
// parsing into region code, birth date, sequence code and sex, building a
// valid number for test data, and Chinese messages that say exactly which
// part of a wrong number is wrong.
//
// # Structure of a number
//
// A number has 18 characters: a 6-digit address code whose first digit is
// 1–8, the birth date as 8 digits YYYYMMDD (a real day in 1900 or later), a
// 3-digit sequence code (odd for men, even for women) and a check character
// '0'–'9' or 'X' (10). The check character makes Σ aᵢ·2^(18−i) ≡ 1 (mod 11)
// over all 18 positions. A lower-case x is not accepted: normalise input
// with strings.ToUpper first if clerks type it.
//
// # Errors
//
// [Parse] returns an [*Error] whose [Problem] tells what is wrong — the
// length, a character that is not a digit, the address code, the birth date
// or the check digit — and whose message says it in Chinese, for example
// "公民身份号码的校验码应为X，实为1". Whether the birth date lies in the past
// needs a clock: [Number.BornBy] leaves that judgement to the caller.
//
// The validator's idcard rule (used by the member package's IDNumber
// field) calls this package, so its messages name the same problems.
package idcard
