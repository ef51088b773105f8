package summary

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/lvzhi-go/lvzhi"
	"github.com/lvzhi-go/lvzhi/internal/jsonstrict"
	"github.com/lvzhi-go/lvzhi/internal/par"
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
	data = jsonstrict.TrimBOM(data)
	if err := jsonstrict.CheckControl(data); err != nil {
		return nil, fmt.Errorf("summary: 记录文件有误：%w", err)
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

// parsePlain decodes records in the plain form [Records.Save] writes. One
// pass splits the file into its top-level values and the proposals and
// activities into chunks, and each piece is decoded on another processor
// as soon as it is found. It returns ok=false for anything else — a \u
// escape, text that is not UTF-8, a key written otherwise or twice, any
// error — and Parse then decodes with [jsonstrict.Unmarshal], which gives
// the same records for valid input and names the place of any error.
func parsePlain(data []byte) (*Records, bool) {
	// Text need not be checked here: every piece is decoded by a decoder
	// that refuses invalid UTF-8 and lone surrogates, and the splitter
	// refuses \u escapes and anything but white space between pieces.
	var rec Records
	var seen [9]bool
	var props [][]*proposal.Proposal // one slice per chunk, filled by its task
	var acts []*research.Activities  // likewise
	g := par.Start()
	ok := jsonstrict.ObjectStream(data, func(key, rest []byte) (int, bool) {
		i := slices.Index(recordKeys[:], string(key))
		if i < 0 || seen[i] {
			return 0, false
		}
		seen[i] = true
		switch key := recordKeys[i]; key {
		case "proposals":
			if n, null := isNull(rest); null {
				return n, true
			}
			rec.Proposals = []*proposal.Proposal{}
			return chunks(rest, proposalChunk, func(_ []byte, elems [][]byte) {
				out := make([]*proposal.Proposal, len(elems))
				props = append(props, out)
				g.Go(func() bool { return decodeProposals(elems, out) })
			})
		case "activities":
			if n, null := isNull(rest); null {
				return n, true
			}
			rec.Activities = research.Activities{}
			return chunks(rest, activityChunk, func(span []byte, _ [][]byte) {
				out := new(research.Activities)
				acts = append(acts, out)
				g.Go(func() bool {
					array := make([]byte, 0, len(span)+2)
					array = append(append(append(array, '['), span...), ']')
					return out.UnmarshalJSON(array) == nil
				})
			})
		default:
			n, ok := jsonstrict.ValueLen(rest)
			if ok {
				value, v := rest[:n], rec.field(key)
				g.Go(func() bool { return decodeValue(value, v) })
			}
			return n, ok
		}
	})
	if !ok {
		g.Fail()
	}
	if !g.Wait() || !ok {
		return nil, false
	}
	for _, c := range props {
		rec.Proposals = append(rec.Proposals, c...)
	}
	for _, c := range acts {
		rec.Activities = append(rec.Activities, *c...)
	}
	return &rec, true
}

// Chunk sizes of parsePlain: a few milliseconds of work each for a
// national committee's records, many more chunks than processors.
const (
	proposalChunk = 256
	activityChunk = 1024
)

// isNull reports whether rest starts with the value null, and its length.
func isNull(rest []byte) (int, bool) {
	if len(rest) == 0 || rest[0] != 'n' {
		return 0, false
	}
	n, ok := jsonstrict.ValueLen(rest)
	return n, ok && string(rest[:n]) == "null"
}

// chunks splits the JSON array at the start of rest into runs of at most
// size elements and calls fn with each run, as bytes from its first
// element to its last and as elements, as soon as the run is complete. It
// returns the length of the array.
func chunks(rest []byte, size int, fn func(span []byte, elems [][]byte)) (int, bool) {
	var run [][]byte
	flush := func() {
		if len(run) == 0 {
			return
		}
		first, last := run[0], run[len(run)-1]
		from := cap(rest) - cap(first)
		to := cap(rest) - cap(last) + len(last)
		fn(rest[from:to], run)
		run = nil
	}
	n, ok := jsonstrict.ArrayPrefix(rest, func(elem []byte) bool {
		run = append(run, elem)
		if len(run) == size {
			flush()
		}
		return true
	})
	if ok {
		flush()
	}
	return n, ok
}

// decodeProposals decodes each element into out, each proposal by its own
// UnmarshalJSON as the decoder of the whole file would call it; null
// stays nil.
func decodeProposals(elems [][]byte, out []*proposal.Proposal) bool {
	for i, e := range elems {
		if string(e) == "null" {
			continue
		}
		p := new(proposal.Proposal)
		if p.UnmarshalJSON(e) != nil {
			return false
		}
		out[i] = p
	}
	return true
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

// decodeValue decodes the one JSON value data into v (a pointer to a zero
// value) by the fast path of package jsonstrict, which gives what the
// decoder of the whole file would give or fails.
func decodeValue(data []byte, v any) bool {
	return v != nil && jsonstrict.Fast(data, v)
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
