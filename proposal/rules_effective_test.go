package proposal

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Register.Rules().Grades is nil under the zero Rules; EffectiveRules
// names the grades, categories, length and deadline actually applied.
func TestEffectiveRules(t *testing.T) {
	reg := NewRegister(Rules{})
	assert.Nil(t, reg.Rules().Grades)
	eff := reg.EffectiveRules()
	assert.Equal(t, DefaultGrades(), eff.Grades)
	assert.Equal(t, DefaultCategories(), eff.Categories)
	assert.Equal(t, DefaultTitleMax, eff.TitleMax)
	assert.Equal(t, DefaultDeadlineMonths, eff.DeadlineMonths)
	assert.Equal(t, Rules{}.Deadline(day(3, 1)), eff.Deadline(day(3, 1)))

	own := Rules{TitleMax: 80, DeadlineMonths: 2, Grades: DefaultGrades()[:2]}
	eff = own.Effective()
	assert.Equal(t, 80, eff.TitleMax)
	assert.Equal(t, 2, eff.DeadlineMonths)
	assert.Len(t, eff.Grades, 2)
	eff.Grades[0].Name = "改"
	assert.NotEqual(t, "改", own.Grades[0].Name, "Effective copies the slices")
}
