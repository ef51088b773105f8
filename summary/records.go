package summary

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/research"
	"github.com/lvzhi-go/lvzhi/session"
)

// Records holds everything a committee has recorded: the facts a summary
// is written from. It is stored as one JSON file (see [Load] and
// [Records.Save]); the field names below are its keys.
type Records struct {
	// Committee is the committee whose work is recorded.
	Committee lvzhi.Committee `json:"committee"`
	// LocalSectors are the committee's own sectors (界别) beyond the 34
	// national ones, in the order lists should show them.
	LocalSectors []string `json:"local_sectors,omitempty"`
	// ProposalRules are the committee's local rules for proposals; the
	// zero value is common practice (see [proposal.Rules]).
	ProposalRules proposal.Rules `json:"proposal_rules,omitzero"`

	Members    []member.Member      `json:"members,omitempty"`
	Duties     []member.Duty        `json:"duties,omitempty"`
	Sessions   []session.Session    `json:"sessions,omitempty"`
	Proposals  []*proposal.Proposal `json:"proposals,omitempty"`
	Topics     []research.Topic     `json:"topics,omitempty"`
	Activities research.Activities  `json:"activities,omitempty"`
}

// MaxFileSize is the largest records file [Load] reads: 64 MiB, about ten
// times the records of a national committee for a year. A larger input is
// an error rather than an unbounded allocation.
const MaxFileSize = 64 << 20

// ErrTooLarge reports input over [MaxFileSize].
var ErrTooLarge = errors.New("记录文件过大")

// Load reads records from JSON. Decoding is strict: an unknown key, a value
// of the wrong type, a proposal history that breaks the workflow or
// trailing data is an error naming the JSON path
// ("$.proposals[3].history[2]"). Load does not check the records
// against each other; call [Records.Validate] for that (the builders do).
func Load(r io.Reader) (*Records, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("summary: 读取记录失败：%w", err)
	}
	return Parse(data)
}

// Parse is [Load] for data already in memory.
func Parse(data []byte) (*Records, error) {
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("summary: %w：超过 %d 字节", ErrTooLarge, MaxFileSize)
	}
	var rec Records
	if err := jsonstrict.Unmarshal(data, &rec); err != nil {
		return nil, fmt.Errorf("summary: 记录文件有误：%w", err)
	}
	return &rec, nil
}

// Save writes the records as indented JSON, in a fixed order: the same
// records always give the same bytes.
func (rec *Records) Save(w io.Writer) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		return fmt.Errorf("summary: 保存记录失败：%w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("summary: 保存记录失败：%w", err)
	}
	return nil
}
