package summary

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"unicode/utf8"

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
	if rec, ok := parsePlain(data); ok {
		return rec, nil
	}
	var rec Records
	if err := jsonstrict.Unmarshal(data, &rec); err != nil {
		return nil, fmt.Errorf("summary: 记录文件有误：%w", err)
	}
	return &rec, nil
}

// parsePlain decodes records in the plain form [Records.Save] writes,
// one top-level value and one proposal at a time, so that no decoder holds
// the whole file and no proposal is scanned by two decoders. It returns
// ok=false for anything else — a \u escape, text that is not UTF-8, a key
// written otherwise or twice, any error — and Parse then decodes with
// [jsonstrict.Unmarshal], which gives the same records for valid input and
// names the place of any error.
func parsePlain(data []byte) (*Records, bool) {
	if !utf8.Valid(data) || bytes.Contains(data, []byte(`\u`)) {
		return nil, false
	}
	var rec Records
	var seen [9]bool
	ok := jsonstrict.Object(data, func(key, value []byte) bool {
		i := slices.Index(recordKeys[:], string(key))
		if i < 0 || seen[i] {
			return false
		}
		seen[i] = true
		switch key := recordKeys[i]; key {
		case "proposals":
			return string(value) == "null" || parseProposals(value, &rec.Proposals)
		case "activities":
			return rec.Activities.UnmarshalJSON(value) == nil
		default:
			return decodeValue(value, rec.field(key))
		}
	})
	if !ok {
		return nil, false
	}
	return &rec, true
}

// recordKeys are the JSON keys of [Records].
var recordKeys = [...]string{"committee", "local_sectors", "proposal_rules", "members", "duties", "sessions", "proposals", "topics", "activities"}

// field returns a pointer to the field of rec with the JSON key key, for
// the keys decoded by [decodeValue].
func (rec *Records) field(key string) any {
	switch key {
	case "committee":
		return &rec.Committee
	case "local_sectors":
		return &rec.LocalSectors
	case "proposal_rules":
		return &rec.ProposalRules
	case "members":
		return &rec.Members
	case "duties":
		return &rec.Duties
	case "sessions":
		return &rec.Sessions
	case "topics":
		return &rec.Topics
	}
	return nil
}

// decodeValue decodes the one JSON value data into v strictly, as the
// decoder of the whole file would.
func decodeValue(data []byte, v any) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if v == nil || dec.Decode(v) != nil {
		return false
	}
	_, err := dec.Token()
	return err == io.EOF
}

// parseProposals decodes a JSON array of proposals, each by its own
// UnmarshalJSON as the decoder of the whole file would call it.
func parseProposals(data []byte, out *[]*proposal.Proposal) bool {
	ps := make([]*proposal.Proposal, 0, bytes.Count(data, []byte(`"history"`)))
	ok := jsonstrict.Array(data, func(elem []byte) bool {
		if string(elem) == "null" {
			ps = append(ps, nil)
			return true
		}
		p := new(proposal.Proposal)
		ps = append(ps, p)
		return p.UnmarshalJSON(elem) == nil
	})
	*out = ps
	return ok
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
