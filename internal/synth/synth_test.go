package synth_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/synth"
	"github.com/lvzhi-go/lvzhi/internal/validate"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
	"github.com/lvzhi-go/lvzhi/summary"
)

// small is a committee of 60 members with a busy year, quick to generate.
func small(seed uint64) synth.Config {
	return synth.Config{Seed: seed, Members: 60, Proposals: 120, Activities: 200, IDNumbers: true, Duties: true}
}

func save(t *testing.T, rec *summary.Records) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, rec.Save(&buf))
	return buf.Bytes()
}

func TestGenerateDeterministic(t *testing.T) {
	a, err := synth.Generate(small(7))
	require.NoError(t, err)
	b, err := synth.Generate(small(7))
	require.NoError(t, err)
	c, err := synth.Generate(small(8))
	require.NoError(t, err)
	assert.Equal(t, save(t, a), save(t, b), "same seed, same bytes")
	assert.NotEqual(t, save(t, a), save(t, c), "another seed, other records")
}

func TestGenerateValid(t *testing.T) {
	tests := []struct {
		name string
		cfg  synth.Config
	}{
		{"small", small(1)},
		{"small with duties and no ID numbers", synth.Config{Seed: 3, Members: 45, Proposals: 50, Activities: 30, Duties: true}},
		{"district", synth.District()},
		{"city", synth.Config{Seed: 2, Level: lvzhi.LevelCity, Members: 100, Proposals: 100, Activities: 100}},
		{"national level, small", synth.Config{Seed: 4, Level: lvzhi.LevelNational, Members: 80, Proposals: 100, Activities: 50}},
		{"no proposals or activities", synth.Config{Seed: 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := synth.Generate(tt.cfg)
			require.NoError(t, err)
			// Through JSON, as users load records.
			loaded, err := summary.Parse(save(t, rec))
			require.NoError(t, err)
			_, err = summary.NewBuilder(loaded)
			require.NoError(t, err)
		})
	}
}

func TestGenerateProvinceValid(t *testing.T) {
	if testing.Short() {
		t.Skip("province size takes a few seconds")
	}
	rec, err := synth.Generate(synth.Province())
	require.NoError(t, err)
	_, err = summary.NewBuilder(rec)
	require.NoError(t, err)
}

func TestGenerateCounts(t *testing.T) {
	cfg := synth.District()
	rec, err := synth.Generate(cfg)
	require.NoError(t, err)
	assert.Len(t, rec.Members, cfg.Members)
	assert.Len(t, rec.Proposals, cfg.Proposals)
	assert.Len(t, rec.Activities, cfg.Activities)
	assert.Len(t, rec.Topics, 4, "one topic per 100 members, at least 4")
	assert.Empty(t, rec.Duties, "the presets leave duties out")

	steps := 0
	for i, p := range rec.Proposals {
		assert.Equal(t, i+1, p.Number, "numbers follow the order of receipt")
		if i > 0 {
			assert.False(t, p.Submitted().Before(rec.Proposals[i-1].Submitted()), "proposal %d submitted before %d", i+1, i)
		}
		steps += len(p.History())
	}
	avg := float64(steps) / float64(len(rec.Proposals))
	assert.InDelta(t, cfg.StepsPerProposal, avg, 1.5, "average history length")

	longer := cfg
	longer.StepsPerProposal = 16
	rec2, err := synth.Generate(longer)
	require.NoError(t, err)
	steps2 := 0
	for _, p := range rec2.Proposals {
		steps2 += len(p.History())
	}
	assert.InDelta(t, 16, float64(steps2)/float64(len(rec2.Proposals)), 1.5)
}

func TestGenerateMembers(t *testing.T) {
	rec, err := synth.Generate(synth.District())
	require.NoError(t, err)
	sectors := map[member.Sector]int{}
	roles := map[member.Role]int{}
	for _, m := range rec.Members {
		sectors[m.Sector]++
		for _, p := range m.Posts {
			roles[p.Role]++
		}
		assert.True(t, validate.IsZhName(m.Name), "name %q", m.Name)
		require.True(t, validate.IsIDCard(m.IDNumber), "ID number %q", m.IDNumber)
		birth, _ := validate.IDCardBirthDate(m.IDNumber)
		assert.Equal(t, m.BirthDate, birth)
		male, _ := validate.IDCardMale(m.IDNumber)
		assert.Equal(t, m.Gender == member.Male, male)
	}
	national := map[member.Sector]bool{member.SectorTaiwanLeague: true, member.SectorTaiwanCompatriots: true,
		member.SectorForeignFriendship: true, member.SectorHongKong: true, member.SectorMacao: true}
	for _, s := range member.OfficialSectors() {
		if national[s] {
			assert.Zero(t, sectors[s], "a district committee has no sector %s", s)
		} else {
			assert.Positive(t, sectors[s], "sector %s has members", s)
		}
	}
	assert.Less(t, len(sectors), len(member.OfficialSectors()), "fewer sectors than the National Committee's")
	for s, n := range sectors {
		if s != member.SectorCPC {
			assert.Greater(t, sectors[member.SectorCPC], n, "中共 is the largest sector, larger than %s", s)
		}
	}
	assert.Equal(t, 1, roles[member.RoleChair])
	assert.Equal(t, 1, roles[member.RoleSecretaryGen])
	assert.GreaterOrEqual(t, roles[member.RoleViceChair], 3)
	assert.Positive(t, roles[member.RoleStandingMember])
}

func TestGenerateSessionsAndActivities(t *testing.T) {
	rec, err := synth.Generate(synth.District())
	require.NoError(t, err)
	kinds := map[session.Kind]int{}
	for _, s := range rec.Sessions {
		kinds[s.Kind]++
	}
	for k := session.KindPlenary; k <= session.KindOther; k++ {
		assert.Positive(t, kinds[k], "sessions of kind %s", k)
	}
	plenaries := session.OfKind(rec.Sessions, session.KindPlenary, lvzhi.Year(2022))
	require.Len(t, plenaries, 1)
	assert.Len(t, plenaries[0].Attendance.Records, len(rec.Members), "every member listed at the plenary")

	for _, c := range research.CountByKind(rec.Activities, lvzhi.Year(2022)) {
		assert.Positive(t, c.Count, "activities of kind %s", c.Kind)
	}
	assert.Len(t, research.CountByKind(rec.Activities, lvzhi.Year(2022)), 8, "every kind of activity")
}

func TestGenerateEveryPath(t *testing.T) {
	cfg := synth.District() // only county and city committees forward proposals
	if testing.Short() {
		cfg.Members, cfg.Proposals, cfg.Activities = 200, 400, 10
	}
	rec, err := synth.Generate(cfg)
	require.NoError(t, err)
	paths := map[synth.Path]int{}
	for _, p := range rec.Proposals {
		paths[synth.PathOf(p)]++
	}
	for _, p := range synth.Paths() {
		assert.Positive(t, paths[p], "path %s", p)
	}
	// The actions of every path, counted directly from the histories.
	actions := map[proposal.Action]int{}
	for _, p := range rec.Proposals {
		for _, s := range p.History() {
			actions[s.Action]++
		}
	}
	for a := proposal.ActionSubmit; a <= proposal.ActionSupervise; a++ {
		assert.Positive(t, actions[a], "action %s", a)
	}
}

func TestGenerateNationalHasNoForwarding(t *testing.T) {
	rec, err := synth.Generate(synth.Config{Seed: 1, Level: lvzhi.LevelNational, Members: 60, Proposals: 200})
	require.NoError(t, err)
	for _, p := range rec.Proposals {
		assert.NotEqual(t, proposal.Forwarded, p.State(), "the National Committee has no superior")
	}
}

func TestGenerateErrors(t *testing.T) {
	for _, cfg := range []synth.Config{
		{Members: -1},
		{Members: 10},
		{Proposals: -5},
		{Level: 9},
		{Year: 1},
	} {
		_, err := synth.Generate(cfg)
		assert.Error(t, err, "%+v", cfg)
	}
	_, err := synth.Preset("county")
	assert.Error(t, err)
}

func TestPath(t *testing.T) {
	assert.Equal(t, "二次办理", synth.PathReopened.String())
	assert.Equal(t, "Path(0)", synth.Path(0).String())
	assert.False(t, synth.Path(13).IsValid())
	assert.Len(t, synth.Paths(), 12)
}

// The records read as a committee of their level could have written them:
// the plenary's sitting matches the term (十三届五次 in 2022 for the
// National Committee, 九届三次 for a district), a few books each launched
// once, a few training courses, no 某-placeholder and no local name above
// county level, and no 上级 for the National Committee.
func TestGeneratePlausible(t *testing.T) {
	for _, c := range []struct {
		cfg     synth.Config
		sitting int
	}{{synth.National(), 5}, {synth.Province(), 5}, {synth.District(), 3}} {
		cfg := c.cfg
		cfg.Proposals, cfg.Activities = 300, 3000
		rec, err := synth.Generate(cfg)
		require.NoError(t, err)
		for _, s := range rec.Sessions {
			if s.Kind == session.KindPlenary {
				assert.Equal(t, c.sitting, s.Sitting, "%s plenary of %d", cfg.Level, cfg.Year)
			}
		}
		books := map[string]int{}
		courses := 0
		for _, a := range rec.Activities {
			switch a := a.(type) {
			case research.Publication:
				books[a.Title]++
			case research.Training:
				courses++
			case research.Exchange:
				for _, cp := range a.Counterparts {
					assert.NotContains(t, cp, "某", "%s exchanges with %s", cfg.Level, cp)
				}
			case research.GroupActivity:
				assert.NotContains(t, a.Place, "某", "%s group activity at %s", cfg.Level, a.Place)
			case research.OpinionWork:
				for _, r := range a.Results {
					assert.NotEqual(t, rec.Committee.ShortName, r.By, "a committee does not adopt its own items")
				}
			}
		}
		for title, n := range books {
			assert.Equal(t, 1, n, "%s: book %s once", cfg.Level, title)
			assert.NotContains(t, title, "某")
		}
		assert.LessOrEqual(t, courses, max(2, cfg.Members/200), "%s: a few training courses", cfg.Level)
		if cfg.Level != lvzhi.LevelCounty {
			for _, p := range rec.Proposals {
				assert.NotContains(t, p.Title, "螺蛳粉", "no local product above county level")
			}
		}
	}
}

// TestGenerateForumsAndOthersDiffer guards the 社情民意 paragraph: the
// meetings attended and the other activities are counted in adjacent
// sentences, and a shared limit made them one figure (会议44次 … 活动44次).
func TestGenerateForumsAndOthersDiffer(t *testing.T) {
	for _, cfg := range []synth.Config{synth.District(), synth.Province()} {
		rec, err := synth.Generate(cfg)
		require.NoError(t, err)
		n := map[research.Kind]int{}
		for _, c := range research.CountByKind(rec.Activities, lvzhi.Year(2022)) {
			n[c.Kind] = c.Count
		}
		assert.Less(t, n[research.KindOther], n[research.KindForum], "level %v: fewer other activities than forums", cfg.Level)
	}
}

// TestGeneratePublicationSizes guards the 文史 paragraph above the district
// level: a province's books are volumes, not the seed's booklet of 近2万字.
func TestGeneratePublicationSizes(t *testing.T) {
	rec, err := synth.Generate(synth.Province())
	require.NoError(t, err)
	n := 0
	for _, p := range research.Of[research.Publication](rec.Activities, lvzhi.Year(2022)) {
		if p.Status == research.Published {
			n++
			assert.GreaterOrEqual(t, p.Words.N, 100000, "%s", p.Title)
		}
	}
	assert.Positive(t, n, "some books published")
}

// TestGenerateInstructionsOnSomeReports guards the research paragraph: a
// 批示 on every report made it say 均获省委主要领导批示 at every level.
func TestGenerateInstructionsOnSomeReports(t *testing.T) {
	for _, cfg := range []synth.Config{synth.District(), synth.Province()} {
		rec, err := synth.Generate(cfg)
		require.NoError(t, err)
		reports, instructed := 0, 0
		for _, tp := range rec.Topics {
			for _, o := range tp.Outputs {
				switch o.Kind {
				case research.OutputReport:
					reports++
				case research.OutputInstruction:
					instructed++
				}
			}
		}
		assert.Positive(t, instructed, "level %v", cfg.Level)
		assert.Less(t, instructed, reports, "level %v: not every report has a 批示", cfg.Level)
	}
}

// Two teams on one subject is not how topics are set: at every level each
// research topic has its own title, the number of topics unchanged.
func TestGenerateTopicsHaveTheirOwnTitles(t *testing.T) {
	for _, cfg := range []synth.Config{synth.District(), synth.Province(), synth.National()} {
		rec, err := synth.Generate(cfg)
		require.NoError(t, err)
		seen := map[string]bool{}
		for _, tp := range rec.Topics {
			assert.False(t, seen[tp.Title], "level %v: %s twice", cfg.Level, tp.Title)
			seen[tp.Title] = true
		}
		want := cfg.Topics
		if want == 0 {
			want = max(4, cfg.Members/100)
		}
		assert.Len(t, rec.Topics, want, "level %v", cfg.Level)
	}
}
