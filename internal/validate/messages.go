package validate

import (
	"fmt"
	"slices"
	"unicode"

	ut "github.com/go-playground/universal-translator"
	"github.com/go-playground/validator/v10"
)

// customMessages holds the Chinese message of every custom tag; {0} is the
// field's label. Entries for standard tags replace the stock translation
// where it reads poorly in an official document.
var customMessages = map[string]string{
	TagZhName:    "{0}应为2至20个字的中文姓名（由汉字组成，可含间隔号“·”）",
	TagIDCard:    "{0}不是有效的18位公民身份号码", // replaced by idCardMessage, which names the wrong part
	TagMobile:    "{0}不是有效的手机号码",
	TagIsValid:   "{0}的取值无效",
	TagDateRange: "{0}不是有效的日期范围（起止日期须有效且开始日期不晚于结束日期）",
	TagDate:      "{0}不是有效的日期",
	TagSector:    "{0}不是有效的界别名称",
	TagParty:     "{0}不是有效的党派名称",
	TagGender:    "{0}不是有效的性别",
	TagEthnicity: "{0}不是有效的民族名称",
	TagEnum:      "{0}不是有效的选项",
	// Stock translations that are rephrased.
	"email": "{0}不是有效的电子邮箱地址",
	"url":   "{0}不是有效的网址",
}

// CustomTags returns the custom rules this package registers, in a fixed
// order: those usable in `validate` tags besides the validator's standard
// ones.
func CustomTags() []string {
	return []string{TagZhName, TagIDCard, TagMobile, TagIsValid, TagDateRange, TagDate,
		TagSector, TagParty, TagGender, TagEthnicity, TagEnum}
}

// registerMessages registers customMessages with the translator, in sorted
// tag order so that registration is deterministic.
func registerMessages(v *validator.Validate, trans ut.Translator) error {
	tags := make([]string, 0, len(customMessages))
	for tag := range customMessages {
		tags = append(tags, tag)
	}
	slices.Sort(tags)
	for _, tag := range tags {
		text := customMessages[tag]
		reg := func(t ut.Translator) error { return t.Add(tag, text, true) }
		tr := func(t ut.Translator, fe validator.FieldError) string {
			msg, err := t.T(fe.Tag(), fe.Field())
			if err != nil {
				return fallbackMessage(fe.Field(), fe.Tag(), fe.Param())
			}
			return msg
		}
		if err := v.RegisterTranslation(tag, trans, reg, tr); err != nil {
			return fmt.Errorf("validate: 注册“%s”的中文信息：%w", tag, err)
		}
	}
	return nil
}

// containsHan reports whether s contains at least one Han character.
func containsHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
