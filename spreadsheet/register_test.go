package spreadsheet

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/lvzhi-go/lvzhi/internal/synth"
	"github.com/lvzhi-go/lvzhi/proposal"
)

// A register written and read back gives the same proposals — record and
// full history — for every proposal WriteRegister does not report; the
// reported ones are those whose history has steps the row form cannot
// carry: 二次办理.
func TestRegisterRoundTrip(t *testing.T) {
	rec := districtRecords(t)
	ro := rosterOf(t, rec)
	for _, file := range []string{"提案明细表.xlsx", "提案明细表.csv"} {
		t.Run(file, func(t *testing.T) {
			opts := ExportOptions{Roster: ro, Rules: rec.ProposalRules, Format: FormatOf(file)}
			var buf bytes.Buffer
			notes, err := WriteRegister(&buf, rec.Proposals, opts)
			require.NoError(t, err)
			lossy := map[int]bool{}
			for _, n := range notes {
				lossy[n.Row-2] = true
				p := rec.Proposals[n.Row-2]
				path := synth.PathOf(p)
				assert.Equal(t, synth.PathReopened, path, n.Message)
			}
			got, err := ReadRegister(bytes.NewReader(buf.Bytes()), file, Options{Roster: ro, Rules: rec.ProposalRules})
			require.NoError(t, err)
			require.Len(t, got.Proposals, len(rec.Proposals))
			same := 0
			for i, p := range rec.Proposals {
				q := got.Proposals[i]
				assert.Equal(t, p.Record, q.Record)
				assert.Equal(t, p.State(), q.State(), p.Label())
				if !lossy[i] {
					assert.Equal(t, p.History(), q.History(), p.Label())
					same++
				}
				// Every proposal read back gives its own row: a merge keeps
				// the recorded history, which may say more.
				assert.True(t, SameRow(p, q), p.Label())
			}
			assert.Greater(t, same, len(rec.Proposals)*3/4)

			// Written again, the register is the same.
			var again bytes.Buffer
			_, err = WriteRegister(&again, got.Proposals, opts)
			require.NoError(t, err)
			assert.True(t, bytes.Equal(buf.Bytes(), again.Bytes()), "export → import → export changed the bytes")
		})
	}
}

// A row whose dates break the workflow is reported at the cell of the
// step that cannot follow; nothing is guessed.
func TestRegisterWorkflowProblems(t *testing.T) {
	head := "届次,提案号,案由,提案类型,提案性质,第一提案人,内容分类,提交日期,审查日期,审查结果,审查结果日期,交办日期,主办单位,答复日期,答复类别,提案状态\n"
	rows := []string{
		"9,1,关于加强社区养老服务的建议,委员,平时,m1,社会,2022-03-01,2022-03-03,立案,2022-03-10,2022-03-20,区民政局,2022-05-01,A,已答复",
		"9,2,关于加强社区养老服务的建议,委员,平时,m1,社会,2022-03-01,2022-03-03,立案,2022-03-10,2022-03-05,区民政局,,,",
		"9,3,关于加强社区养老服务的建议,委员,平时,m1,社会,2022-03-01,2022-03-03,,,,,2022-05-01,A,",
		"9,4,关于加强社区养老服务的建议,委员,平时,m1,社会,2022-03-01,2022-03-03,立案,2022-03-10,,,,,已办结",
		"9,1,关于加强社区养老服务的建议,委员,平时,m1,社会,2022/3/1,2022年3月3日,立案,44630,,,,,",
	}
	_, err := ReadRegister(strings.NewReader(head+strings.Join(rows, "\n")), "提案明细表.csv", Options{})
	var ps Problems
	require.ErrorAs(t, err, &ps)
	var msgs []string
	for _, p := range ps {
		msgs = append(msgs, p.Error())
	}
	require.Len(t, msgs, 4, strings.Join(msgs, "\n"))
	assert.Equal(t, "提案明细表!L3（交办日期）：“交办”（2022-03-05）不合办理流程：第2号提案当前状态为“审查中”，不能“交办”", msgs[0])
	assert.Contains(t, msgs[1], "提案明细表!N4（答复日期）：应按答复单位（0个")
	assert.Contains(t, msgs[2], "提案明细表!P5（提案状态）：按各步骤日期应为“已立案”，实为“已办结”")
	assert.Contains(t, msgs[3], "提案明细表!B6（提案号）：第9届第1号提案与第2行重复")
	for _, p := range ps {
		if p.Row == 3 {
			assert.ErrorIs(t, p, proposal.ErrTransition)
		}
	}
}

// A proposal handled by two 分办 units of which one has replied: the
// pending one is written “—”, and the row reads back to the same history.
func TestRegisterPartialReplies(t *testing.T) {
	csv := "届次,提案号,案由,提案类型,提案性质,第一提案人,内容分类,提交日期,审查日期,审查结果,审查结果日期,交办日期,分办单位,答复日期,答复类别,提案状态\n" +
		"9,1,关于加强社区养老服务的建议,委员,平时,m1,社会,2022-03-01,2022-03-03,立案,2022-03-10,2022-03-20,区民政局、区卫健局,2022-05-01、—,A、—,已交办\n"
	got, err := ReadRegister(strings.NewReader(csv), "提案明细表.csv", Options{})
	require.NoError(t, err)
	p := got.Proposals[0]
	hs := p.Units()
	require.Len(t, hs, 2)
	assert.Equal(t, "2022-05-01", hs[0].Replied.String())
	assert.True(t, hs[1].Pending())

	var buf bytes.Buffer
	notes, err := WriteRegister(&buf, got.Proposals, ExportOptions{Format: CSV})
	require.NoError(t, err)
	assert.Empty(t, notes)
	assert.Contains(t, buf.String(), ",2022-05-01、—,A、—,")

	bad := strings.Replace(csv, "A、—", "A、B", 1)
	_, err = ReadRegister(strings.NewReader(bad), "提案明细表.csv", Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "提案明细表!O2（答复类别）：“区卫健局”的答复日期和答复类别应同时填写或同时写“—”")
}
