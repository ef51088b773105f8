package research

import (
	"fmt"

	"github.com/lvzhi-go/lvzhi"
)

// Inspection is an inspection visit (视察) by members.
type Inspection struct {
	Base
	// Subject is what was inspected: 全区重点项目建设情况.
	Subject string `json:"subject" validate:"required,max=200" label:"视察主题"`
	// Places are the sites visited.
	Places []string `json:"places,omitempty" validate:"dive,required,max=100" label:"视察地点"`
	// Topic is the research topic the inspection served, if any.
	Topic lvzhi.TopicID `json:"topic,omitempty" label:"所属课题"`
}

// Kind returns [KindInspection].
func (Inspection) Kind() Kind { return KindInspection }
func (Inspection) activity()  {}

// Validate returns every problem with a as [lvzhi.ValidationErrors], or nil.
func (a Inspection) Validate() error { return validateActivity(a, a.Base, nil) }

// Training is a training course (培训), such as the standing committee
// members' course (常委学习班), possibly held in several batches (分期).
type Training struct {
	Base
	// Host is the institution that ran the course: 江西上饶师范学院继续教育学院.
	Host string `json:"host" validate:"required,max=100" label:"承办单位"`
	// Place is where it was held, if not evident from Host.
	Place string `json:"place,omitempty" validate:"max=100" label:"地点"`
	// Partners are the committees that ran it jointly (与其他城区联合办学).
	Partners []string `json:"partners,omitempty" validate:"dive,required,max=100" label:"联合办学单位"`
	// Batches are the batches (期), each within the training's dates.
	Batches []Batch `json:"batches,omitempty" validate:"dive" label:"期次"`
	// Lectures are the lectures given (专题讲授).
	Lectures []Lecture `json:"lectures,omitempty" validate:"dive" label:"专题讲授"`
}

// Batch is one batch (期) of a training course.
type Batch struct {
	// Name is the batch's name: 第一期.
	Name string `json:"name" validate:"required,max=50" label:"期次名称"`
	// Dates is when the batch was held; it must lie within the training's
	// dates.
	Dates lvzhi.DateRange `json:"dates" validate:"required,daterange" label:"日期"`
	// Members are the members who attended this batch.
	Members []lvzhi.MemberID `json:"members,omitempty" validate:"dive,required" label:"参加委员"`
}

// Lecture is one lecture of a training course.
type Lecture struct {
	// Topic is the subject taught: 政协基本理论.
	Topic string `json:"topic" validate:"required,max=200" label:"专题"`
	// Lecturer is who taught it, as written: 继续教育学院教授.
	Lecturer string `json:"lecturer,omitempty" validate:"max=100" label:"授课人"`
}

// Kind returns [KindTraining].
func (Training) Kind() Kind { return KindTraining }
func (Training) activity()  {}

// Validate returns every problem with a as [lvzhi.ValidationErrors], or
// nil; each batch must lie within the training's dates.
func (a Training) Validate() error {
	return validateActivity(a, a.Base, func(p *problems) {
		for i, b := range a.Batches {
			if b.Dates.IsValid() {
				p.within(fmt.Sprintf("Batches[%d].Dates", i), fmt.Sprintf("期次[%d].日期", i), b.Dates, a.Dates, "培训日期")
			}
		}
	})
}

// Direction says whether an exchange visit was received or made.
type Direction int

// The directions of an exchange.
const (
	Received Direction = iota + 1 // 接待来访
	Visited                       // 外出考察
)

var directionNames = []string{"", "接待来访", "外出考察"}

// String returns the Chinese name of d, or "Direction(n)" out of range.
func (d Direction) String() string { return enumName(directionNames, "Direction", int(d)) }

// IsValid reports whether d is [Received] or [Visited].
func (d Direction) IsValid() bool { return d == Received || d == Visited }

// MarshalText writes the exact Chinese name of d.
func (d Direction) MarshalText() ([]byte, error) {
	return enumText(directionNames, "交流方向", "Direction", int(d))
}

// UnmarshalText accepts exactly the names written by [Direction.MarshalText].
func (d *Direction) UnmarshalText(b []byte) error {
	n, err := enumParse(directionNames, "交流方向", b)
	if err != nil {
		return err
	}
	*d = Direction(n)
	return nil
}

// Exchange is a friendship or exchange visit (联谊交流) between committees.
type Exchange struct {
	Base
	// Direction says whether the visit was received or made.
	Direction Direction `json:"direction" validate:"required,isvalid" label:"交流方向"`
	// Counterparts are the other committees: 广西合浦县政协.
	Counterparts []string `json:"counterparts" validate:"min=1,dive,required,max=100" label:"交流单位"`
	// Subject is what was exchanged: 新形势下开展政协工作的经验.
	Subject string `json:"subject,omitempty" validate:"max=200" label:"交流内容"`
	// Place is where the exchange took place, for visits made.
	Place string `json:"place,omitempty" validate:"max=100" label:"地点"`
}

// Kind returns [KindExchange].
func (Exchange) Kind() Kind { return KindExchange }
func (Exchange) activity()  {}

// Validate returns every problem with a as [lvzhi.ValidationErrors], or nil.
func (a Exchange) Validate() error { return validateActivity(a, a.Base, nil) }
