package synth

import (
	"fmt"
	"time"

	"github.com/lvzhi-go/lvzhi"
)

// DefaultSteps is the average number of history steps per proposal when
// [Config].StepsPerProposal is zero.
const DefaultSteps = 10

// DefaultYear is the year records are dated in when [Config].Year is zero.
const DefaultYear = 2022

// Config says how large a committee and how busy a year [Generate] makes.
// The zero value of a field means the default documented on it; sizes may
// be zero (no proposals, no activities), never negative.
type Config struct {
	// Seed selects the data: the same Config always gives the same
	// records, byte for byte once saved.
	Seed uint64
	// Level is the committee's level: county (district, the default),
	// province or national. It chooses the committee's name, term and
	// superior, the names of departments and the plenary's month.
	Level lvzhi.Level
	// Year is the year the records cover (the annual period); 0 means
	// [DefaultYear].
	Year int
	// Members is the size of the committee. At least 40 members are
	// needed to fill the posts, one member per national sector and the
	// activity groups; 0 means 40.
	Members int
	// Proposals is the number of proposals received in the year.
	Proposals int
	// StepsPerProposal is the average length of a proposal's history;
	// 0 means [DefaultSteps]. Short workflows (不予立案, 并案, 撤案 …) are
	// padded with 附议 to reach it; long ones (二次办理 of a key proposal)
	// may exceed it.
	StepsPerProposal int
	// Activities is the number of activity records (视察, 培训, 联谊交流, 文史,
	// 委员小组活动, 社情民意, 座谈会, 其他), spread over every kind.
	Activities int
	// Topics is the number of research topics; 0 means one per 100
	// members, at least 4.
	Topics int
	// IDNumbers gives every member an 18-character citizen identity
	// number (GB 11643) matching the birth date and sex.
	IDNumbers bool
	// Duties derives duty records (履职记录) from the other records:
	// attendance, proposals, speeches, inspections, 社情民意 and group
	// activities. They add about a third to the size of the records (some
	// 73,000 records for [National]), so the presets leave them out.
	Duties bool
}

// District returns the configuration of a district committee (区政协):
// 200 members, 300 proposals and 1,000 activities in 2022.
func District() Config {
	return Config{Seed: 1, Level: lvzhi.LevelCounty, Year: DefaultYear, Members: 200, Proposals: 300,
		StepsPerProposal: DefaultSteps, Activities: 1000, IDNumbers: true}
}

// Province returns the configuration of a provincial committee (省政协):
// 800 members, 2,500 proposals and 8,000 activities in 2022.
func Province() Config {
	return Config{Seed: 1, Level: lvzhi.LevelProvince, Year: DefaultYear, Members: 800, Proposals: 2500,
		StepsPerProposal: DefaultSteps, Activities: 8000, IDNumbers: true}
}

// National returns the configuration of the National Committee (全国政协):
// 2,200 members, 6,000 proposals of ten steps each and 20,000 activities
// in 2022.
func National() Config {
	return Config{Seed: 1, Level: lvzhi.LevelNational, Year: DefaultYear, Members: 2200, Proposals: 6000,
		StepsPerProposal: DefaultSteps, Activities: 20000, IDNumbers: true}
}

// Preset returns the configuration named district, province or national.
func Preset(name string) (Config, error) {
	switch name {
	case "district":
		return District(), nil
	case "province":
		return Province(), nil
	case "national":
		return National(), nil
	}
	return Config{}, fmt.Errorf("synth: 未知的规模 %q（应为 district、province 或 national）", name)
}

// minMembers is the smallest committee the generator fills.
const minMembers = 40

// withDefaults returns c with zero fields replaced by their defaults, or
// an error for negative sizes or an unknown level.
func (c Config) withDefaults() (Config, error) {
	if c.Level == 0 {
		c.Level = lvzhi.LevelCounty
	}
	if !c.Level.IsValid() {
		return c, fmt.Errorf("synth: 层级 %d 无效", int(c.Level))
	}
	if c.Year == 0 {
		c.Year = DefaultYear
	}
	if c.Year < 1950 || c.Year > 9000 {
		return c, fmt.Errorf("synth: 年份 %d 超出范围", c.Year)
	}
	if c.Members < 0 || c.Proposals < 0 || c.StepsPerProposal < 0 || c.Activities < 0 || c.Topics < 0 {
		return c, fmt.Errorf("synth: 规模不能为负数")
	}
	if c.Members == 0 {
		c.Members = minMembers
	}
	if c.Members < minMembers {
		return c, fmt.Errorf("synth: 委员人数 %d 太少，至少 %d 人", c.Members, minMembers)
	}
	if c.StepsPerProposal == 0 {
		c.StepsPerProposal = DefaultSteps
	}
	if c.Topics == 0 {
		c.Topics = max(4, c.Members/100)
	}
	return c, nil
}

// committee returns the committee of level l in year y: the term holding
// y, its dates and its superior.
func committee(l lvzhi.Level, y int) lvzhi.Committee {
	// Terms last five years, in step with the real ones at each level
	// (the 13th National Committee from 2018, county committees of the
	// 9th term from 2020 …): the year's term started in start, so that a
	// year's plenary has the sitting an office of that level would hold
	// (十三届五次 in 2022, 九届三次 for a district).
	start := y - mod(y-termBase[l], 5)
	term := map[lvzhi.Level]int{lvzhi.LevelNational: 13, lvzhi.LevelProvince: 12, lvzhi.LevelCity: 10, lvzhi.LevelCounty: 9}[l]
	dates := lvzhi.DateRange{From: date(start, time.January, 1), To: date(start+4, time.December, 31)}
	switch l {
	case lvzhi.LevelNational:
		return lvzhi.Committee{Name: "中国人民政治协商会议全国委员会", ShortName: "全国政协", Level: l, Term: term, TermDates: dates}
	case lvzhi.LevelProvince:
		return lvzhi.Committee{Name: "中国人民政治协商会议某省委员会", ShortName: "省政协", Level: l, Term: term, TermDates: dates, Superior: "全国政协"}
	case lvzhi.LevelCity:
		return lvzhi.Committee{Name: "中国人民政治协商会议某市委员会", ShortName: "市政协", Level: l, Term: term, TermDates: dates, Superior: "省政协"}
	}
	return lvzhi.Committee{Name: "中国人民政治协商会议柳州市某区委员会", ShortName: "区政协", Level: l, Term: term, TermDates: dates, Superior: "市政协"}
}

// termBase is a year a term started in at each level.
var termBase = map[lvzhi.Level]int{lvzhi.LevelNational: 2018, lvzhi.LevelProvince: 2018, lvzhi.LevelCity: 2021, lvzhi.LevelCounty: 2020}

// mod is the remainder of a by b, never negative.
func mod(a, b int) int { return (a%b + b) % b }

// date returns the date y-m-d, which the callers know to exist.
func date(y int, m time.Month, d int) lvzhi.Date { return lvzhi.Date{Year: y, Month: m, Day: d} }
