// Package validate is lvzhi's one validator: a single
// go-playground/validator/v10 instance with Chinese messages, Chinese field
// labels, the project's custom rules and input normalisation, returning
// [lvzhi.ValidationErrors].
//
// The domain packages describe their records with struct tags and call
// [Struct]; nothing here is configurable at run time, and the instance is
// built once, on first use, and is safe for concurrent use.
//
//	type Sponsor struct {
//		Name     string `json:"name" validate:"required,zhname" label:"姓名" norm:"name"`
//		IDNumber string `json:"id_number" validate:"omitempty,idcard" label:"身份证号码" norm:"narrow,upper"`
//	}
//	type Proposal struct {
//		Sponsors []Sponsor `json:"sponsors" validate:"required,dive" label:"提案人"`
//	}
//
// # Labels and messages
//
// The `label` struct tag names a field in messages and label paths; a field
// without one is named by its Go name. Each problem becomes one
// [lvzhi.FieldError] with Field the Go path without the top-level type
// ("Sponsors[0].Name"), Label the label path ("提案人[0].姓名"), Rule the
// tag ("required", or an alias such as "sector"), Param the tag's
// parameter, and Message a Chinese sentence built from the field's own
// label ("姓名为必填字段"). Standard rules use the validator's Chinese
// translations; every custom rule has its own message; a rule without any
// translation still gets a Chinese sentence naming the rule, never English.
//
// # Custom rules
//
// Every custom rule lets the zero value (and a nil pointer) pass; combine it
// with required for mandatory fields.
//
//   - zhname: a Chinese personal name, see [IsZhName].
//   - idcard: an 18-character citizen identity number under GB 11643-1999
//     with the ISO 7064 MOD 11-2 check character, see [IsIDCard]; the
//     message names the wrong part, as package idcard words it.
//   - mobile: a mainland mobile number, 11 digits starting 13–19, see [IsMobile].
//   - isvalid: the field's type has an IsValid() bool method that must
//     report true (enums, [lvzhi.Date], [lvzhi.Level], [lvzhi.DateRange] …).
//   - sector, party, gender, ethnicity, enum: aliases of isvalid whose
//     messages speak of a 界别, a 党派, 性别, a 民族 or an option; the
//     enums themselves live in the domain packages.
//   - date: a non-zero [lvzhi.Date] must be a real day.
//   - daterange: a non-zero [lvzhi.DateRange] must have valid, ordered dates.
//
// [CustomTags] lists them. Code that checks a record by hand, to spare the
// validator's reflection on the common valid case, uses the same
// predicates: [IsZhName], [IsIDCard], [IsMobile] and [IsEmail], the last
// being the validator's own email rule.
//
// # Normalisation
//
// When [Struct] is given a pointer, it first calls [Normalize], which
// rewrites in place exactly those exported fields that carry a `norm` tag
// and are of type string, *string, []string or [N]string (named string
// types included), in the struct itself and in nested structs, non-nil
// pointers to structs, and slices and arrays of either; maps are not
// entered and unexported fields are skipped. Given a struct value instead
// of a pointer, nothing is normalised. [Var] never normalises. The options,
// separated by commas, are:
//
//   - trim: remove white space at both ends, including the ideographic
//     space U+3000, no-break spaces, the zero-width space and the BOM.
//     Every other option trims as well.
//   - narrow: fold full-width letters and digits (Ａ, １) to ASCII with the
//     Unicode width mapping of golang.org/x/text/width; full-width
//     punctuation such as ，（） is kept, as Chinese text needs it.
//   - upper: upper-case letters, so that an identity number ending in x
//     ends in X ("narrow,upper").
//   - name: remove all white space inside a name ("张　三" → "张三") and fold
//     look-alike dots (・ U+30FB, • U+2022 and others) to the middle dot
//     U+00B7 that [IsZhName] requires.
//   - mobile: narrow, remove spaces, hyphens and parentheses, and drop a
//     leading +86, 0086 or 86 when 11 digits remain.
//
// The tags of each struct type are read once and kept, and a value that
// needs no change is left as it is without allocating, so normalising
// clean input is cheap.
//
// The validators themselves are strict: a lower-case x, a "+86" prefix or a
// look-alike dot fails validation unless normalisation removed it first.
//
// # Speed
//
// [Struct] first asks a check compiled once per type from the `validate`
// tags whether the value certainly passes, and runs the validator (which
// names every problem) only when the answer is no or unknown. The check
// reads required, omitempty, max, min, gte, lte, dive and the custom rules
// at least as strictly as the validator does; a type using any other rule,
// or holding pointers, interfaces or maps, has no quick check. Valid
// records, the common case, are thus checked without the validator's
// reflection and allocations.
//
// # Misuse
//
// A nil value, a nil pointer or a non-struct passed to [Struct] returns an
// error wrapping [ErrInvalidInput]; an unknown rule or norm option returns
// one wrapping [ErrBadTag]. None of them panics.
package validate
