package summary

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The count of sectors that took part in full never stands alone when
// some sector has idle members: the clause says which, or how many.
func TestSectorClause(t *testing.T) {
	tests := []struct {
		name string
		f    ParticipationFacts
		want string
	}{
		{"all full", ParticipationFacts{Sectors: 21, FullSectors: 21}, "21个界别的委员全部参加了履职活动"},
		{"one short", ParticipationFacts{Sectors: 21, FullSectors: 20,
			Shortfall: []SectorShortfall{{Name: "中国共产党", Short: sectorShort("中国共产党"), Idle: 6}}},
			"21个界别中，20个界别的委员全部参加了履职活动；中共界别尚有6名委员未参加"},
		{"one each", ParticipationFacts{Sectors: 21, FullSectors: 19,
			Shortfall: []SectorShortfall{{Short: "经济界", Idle: 1}, {Short: "农业界", Idle: 1}}},
			"21个界别中，19个界别的委员全部参加了履职活动；其余2个界别各有1名委员未参加"},
		{"several", ParticipationFacts{Sectors: 21, FullSectors: 19,
			Shortfall: []SectorShortfall{{Short: "经济界", Idle: 3}, {Short: "农业界", Idle: 1}}},
			"21个界别中，19个界别的委员全部参加了履职活动；其余2个界别尚有4名委员未参加"},
		{"none full", ParticipationFacts{Sectors: 3, Shortfall: []SectorShortfall{{Short: "经济界", Idle: 1}}}, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.f.SectorClause(), tt.name)
	}
	assert.Equal(t, "民盟界别", sectorShort("中国民主同盟"))
	assert.Equal(t, "经济界", sectorShort("经济界"))
	assert.Equal(t, "无党派人士界别", sectorShort("无党派人士"))
}
