package summary

// The default templates of the built-in builders. Each is executed with a
// [Context] whose Facts holds the builder's facts; [DefaultTemplate]
// returns them so that a caller can read one before replacing it with
// [Part].Template.

const plenaryTemplate = `{{with .Facts}}{{.Named}}于{{daterange .Dates $.Year}}召开。
{{- if .Reviews}}会议听取和审议了{{.ReviewText}}{{if .Consultations}}，并就{{join .Consultations}}进行了协商{{end}}。{{end}}
{{- if .Speeches}}会上{{len .Speeches}}位委员作大会发言。{{end}}
{{- if .OutcomeText}}{{.OutcomeText}}。{{end}}{{end}}`

const proposalsTemplate = `{{with .Facts}}{{if .SinceName}}{{.SinceName}}以来{{else}}{{period $.Period $.Year}}{{end}}，共收到提案{{.Stats.Received}}件
{{- if .Collective}}（含集体提案{{.Collective}}件）{{end}}
{{- if .Stats.Registered}}，经审查立案{{.Stats.Registered}}件，立案率{{.RegistrationRate}}{{end}}
{{- if .Stats.Forwarded}}，其中本级办理{{.Stats.Local}}件，转交{{.Superior}}办理{{.Stats.Forwarded}}件{{end}}。
{{- if and .Key .KeyFirst}}` + keyProposalsClause + `{{end}}
{{- if .Stats.Assigned}}{{if not .Assigned.IsZero}}{{date .Assigned $.Year}}，{{end}}{{if .AssignMeeting}}召开{{.AssignMeeting.Kind}}，{{end}}
{{- if and .AssignedThen .AssignedElse}}集中交办提案{{.AssignedThen}}件，其余{{.AssignedElse}}件陆续交办。{{else}}将{{.Stats.Assigned}}件提案交承办单位办理。{{end}}{{end}}
{{- if and .Key (not .KeyFirst)}}` + keyProposalsClause + `{{end}}
{{- if .Stats.Registered}}截至{{date $.AsOf $.Year}}，{{if .Stats.Closed}}办结{{.Stats.Closed}}件{{if .ClosingRate}}，办结率{{.ClosingRate}}{{end}}{{else}}已有{{.Stats.HandedOver}}件提案交办完毕{{end}}{{if .SatisfactionRate}}，委员对办理工作的满意和基本满意率为{{.SatisfactionRate}}{{end}}。{{end}}{{end}}`

// keyProposalsClause says who chose the 重点提案 and when, as recorded
// (4月26日，九届十次主席会议确定…), and who supervises them.
const keyProposalsClause = `{{if and (not .KeyChosen.IsZero) (ne .KeyChosen .Assigned)}}{{date .KeyChosen $.Year}}，{{end}}{{if .KeyChosenBy}}{{.KeyChosenBy}}{{end}}确定{{counted .KeyList "件"}}提案为重点提案{{if eq .Supervised (len .Key)}}，{{if gt .Supervised 1}}均{{end}}由政协领导领衔督办{{else if .Supervised}}，其中{{.Supervised}}件由政协领导领衔督办{{end}}。`

const meetingsTemplate = `{{with .Facts}}{{period $.Period $.Year}}，共召开{{range $i, $k := .Kinds}}{{if $i}}、{{end}}{{$k.Name}}{{$k.N}}次{{end}}
{{- if .TopicList.Len}}，研究讨论了{{.TopicList.Joined}}等议题{{end}}。{{end}}`

const membersTemplate = `{{with .Facts}}截至{{date $.AsOf $.Year}}，{{$.Committee.ShortName}}共有委员{{.Total}}名，分属{{.Sectors}}个界别
{{- if .SectorList.More}}，人数较多的是{{.SectorList.Joined}}{{end}}。委员中，
{{- if .CPC}}中共党员{{.CPC}}名，占{{.CPCShare}}{{if .NonCPC}}；{{end}}{{end}}
{{- if .NonCPC}}非中共人士{{.NonCPC}}名{{if or .Democratic .NonParty}}，其中{{if .Democratic}}民主党派成员{{.Democratic}}名{{end}}{{if and .Democratic .NonParty}}、{{end}}{{if .NonParty}}无党派人士{{.NonParty}}名{{end}}{{end}}{{end}}；女委员{{.Women}}名，占{{.WomenShare}}
{{- if .Minority}}；少数民族委员{{.Minority}}名，占{{.MinorityShare}}{{end}}。
{{- if or .Joined .Left}}{{period $.Period $.Year}}{{if .Joined}}新增委员{{.Joined}}名{{end}}{{if and .Joined .Left}}，{{end}}{{if .Left}}{{.Left}}名委员不再担任委员{{end}}。{{end}}{{end}}`

const opinionsTemplate = `{{with .Facts}}{{if .Tally.Clues}}{{if .Channels}}通过{{join .Channels}}等渠道征集社情民意，共搜集线索{{else}}共搜集社情民意线索{{end}}{{.Tally.Clues}}条
{{- if .Tally.Issues}}，编发{{book .Bulletin}}{{.Tally.Issues}}期{{end}}
{{- if .Adopted}}，被{{.AdoptedBy}}采用{{.Adopted}}条{{end}}
{{- if .Tally.Instructed}}，获{{.InstructedBy}}批示{{.Tally.Instructed}}条{{end}}。{{end}}
{{- if eq (len .Held) 1}}{{with index .Held 0}}召开{{.Title}}。{{end}}{{else if .Held}}召开{{.HeldList.Grouped}}等会议{{len .Held}}次。{{end}}
{{- if eq (len .Assisted) 1}}{{with index .Assisted 0}}协助{{.Host}}筹备召开{{.Title}}。{{end}}{{else if .Assisted}}协助筹备{{.AssistedList.Grouped}}等会议{{len .Assisted}}次。{{end}}
{{- if eq (len .Attended) 1}}{{with index .Attended 0}}参加了{{.Host}}{{.Title}}{{if .Report}}，{{.Report}}{{end}}。{{end}}{{else if .Attended}}参加了{{.AttendedList.Grouped}}等会议{{len .Attended}}次。{{end}}
{{- if eq (len .Others) 1}}{{with index .Others 0}}{{if .Note}}{{.Note}}。{{end}}{{end}}{{else if .Others}}还派出委员参与{{.OtherList.Joined}}等活动{{len .Others}}次。{{end}}{{end}}`

const researchTemplate = `{{with .Facts}}{{if .Key}}{{if .ChosenAt}}经{{.ChosenAt.ShortName}}研究，{{end}}确定{{counted .KeyList "个"}}课题为重点调研课题
{{- if gt (len .Topics) (len .Key)}}，{{period $.Period $.Year}}开展课题调研{{len .Topics}}项{{end}}
{{- template "researchResults" .}}。
{{- else if .Topics}}{{period $.Period $.Year}}共开展{{counted .TopicList "个"}}调研课题{{template "researchResults" .}}。{{end}}
{{- if .Inspections}}组织委员围绕{{.InspectionList.Factored}}{{if .InspectionList.More}}等{{end}}开展视察{{len .Inspections}}次。{{end}}{{end}}
{{- define "researchResults"}}{{if .Reports}}，形成调研报告{{len .Reports}}篇{{with .SubmittedTo}}报送{{.}}{{end}}
{{- if .Instructions}}{{if eq .InstructedList.Total (len .Reports)}}，均获{{.InstructedBy}}批示{{else}}，其中{{if .InstructedList.Len}}{{etc .InstructedList "篇"}}{{else}}{{.InstructedList.Total}}篇{{end}}获{{.InstructedBy}}批示{{end}}{{end}}{{end}}{{end}}`

const publicationsTemplate = `{{with .Facts}}{{if eq (len .Published) 1}}{{with index .Published 0}}{{if not .Launch.IsZero}}{{date .Launch.Dates.From $.Year}}，召开了{{book .Title}}{{.Launch.Name}}。该书{{else}}出版了{{book .Title}}，该书{{end}}
{{- if .Words.N}}{{.Words.Text "字"}}{{end}}{{if .Pictures.N}}{{if .Words.N}}，{{end}}精选{{.Pictures.Text "张"}}图片{{end}}{{if .Sections}}，共分{{.Sections}}个板块{{end}}。{{end}}
{{- else if .Published}}{{period $.Period $.Year}}编辑出版{{counted .PublishedList "部"}}文史书籍{{if .Launches}}，召开新书推介会{{.Launches}}场{{end}}。{{end}}
{{- if eq (len .Compiling) 1}}{{with index .Compiling 0}}启动{{book .Title}}编撰工作{{if not .Board.IsZero}}，成立{{.Board.Name}}{{end}}{{range .Meetings}}，{{date .Dates.From $.Year}}召开{{.Name}}{{end}}。{{end}}
{{- else if .Compiling}}启动{{counted .CompilingList "部"}}书籍的编撰{{if eq .Boards (len .Compiling)}}，分别成立编委会{{else if .Boards}}，成立编委会{{.Boards}}个{{end}}{{if .EditMeetings}}，召开工作会议{{.EditMeetings}}次{{end}}。{{end}}{{end}}`

const trainingTemplate = `{{with .Facts}}{{if eq (len .Courses) 1}}{{with index .Courses 0}}{{daterange .Dates $.Year}}，{{if gt (len .Batches) 1}}分{{count (len .Batches) "期"}}{{end}}举办{{.Title}}{{if .Host}}，在{{.Host}}进行学习培训{{end}}{{end}}
{{- else}}{{period $.Period $.Year}}举办{{.CourseList.Joined}}等各类培训班{{.Batches}}期{{if .Trainees}}，累计培训委员{{.Trainees}}人次{{end}}{{end}}
{{- if .LectureList.Len}}。培训班围绕{{.LectureList.String}}安排了专题讲授{{end}}。{{end}}`

const groupsTemplate = `{{with .Facts}}{{if .NonPublicVisits}}{{period $.Period $.Year}}走访非公企业政协委员` + visitedClause + `。{{end}}
{{- if .Total}}{{if not .Idle}}各委员活动小组共{{else if eq (len .Groups) 1}}{{index .Groups 0}}{{else}}{{len .Groups}}个委员活动小组共{{end}}开展活动{{.Total}}次{{if gt (len .ByGroup) 1}}，其中{{.Tally}}{{end}}{{if gt .FormList.Total 1}}；活动形式以{{.FormList.String}}为主{{end}}。{{with .Idle}}{{join .}}尚未开展活动。{{end}}
{{- with .Joint}}{{if gt (len .) 1}}小组联合开展活动{{len .}}次，如{{end}}{{with index . 0}}{{join .Groups}}委员{{if eq (len $.Facts.Joint) 1}}联合{{end}}{{if .Place}}赴{{.Place}}{{.Title}}{{else}}开展{{.Title}}{{end}}{{end}}。{{end}}{{end}}{{end}}`

// visitedClause counts the non-public-economy members visited: distinct
// members, with the visits (人次) when a member was visited more than once.
const visitedClause = `{{if .NonPublicMembers}}{{.NonPublicMembers}}名{{if gt .NonPublicVisits .NonPublicMembers}}（{{.NonPublicVisits}}人次）{{end}}{{else}}{{.NonPublicVisits}}人次{{end}}`

const exchangesTemplate = `{{with .Facts}}{{if .Received}}接待了{{etc .ReceivedList "个政协组织"}}来访{{if gt (len .Received) .ReceivedList.Total}}{{len .Received}}批次{{end}}。{{end}}
{{- if .Made}}组织委员赴{{.VisitedWhere}}考察交流{{if gt (len .Made) .VisitedList.Total}}{{len .Made}}次{{end}}。{{end}}{{end}}`

// defaultTemplates maps each built-in builder to its default template.
var defaultTemplates = map[string]string{
	"plenary":      plenaryTemplate,
	"proposals":    proposalsTemplate,
	"meetings":     meetingsTemplate,
	"members":      membersTemplate,
	"opinions":     opinionsTemplate,
	"research":     researchTemplate,
	"publications": publicationsTemplate,
	"training":     trainingTemplate,
	"groups":       groupsTemplate,
	"exchanges":    exchangesTemplate,
	// build_participation.go, build_handling.go
	"participation": participationTemplate,
	"handling":      handlingTemplate,
}

// DefaultTemplate returns the default template of the built-in builder
// name ("proposals", "groups" …), the wording a [Part] gets when its
// Template is empty; ok is false when no built-in builder has that name.
// Copy one into an outline's "template" to reword it.
func DefaultTemplate(name string) (tmpl string, ok bool) {
	tmpl, ok = defaultTemplates[name]
	return tmpl, ok
}
