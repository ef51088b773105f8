package summary

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
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
	var tasks []func() bool
	ok := jsonstrict.Object(data, func(key, value []byte) bool {
		i := slices.Index(recordKeys[:], string(key))
		if i < 0 || seen[i] {
			return false
		}
		seen[i] = true
		switch key := recordKeys[i]; key {
		case "proposals":
			if string(value) == "null" {
				return true
			}
			more, ok := proposalTasks(value, &rec.Proposals)
			tasks = append(tasks, more...)
			return ok
		case "activities":
			tasks = append(tasks, func() bool { return rec.Activities.UnmarshalJSON(value) == nil })
		default:
			v := rec.field(key)
			tasks = append(tasks, func() bool { return decodeValue(value, v) })
		}
		return true
	})
	if !ok || !runAll(tasks) {
		return nil, false
	}
	return &rec, true
}

// runAll runs the tasks on GOMAXPROCS goroutines and reports whether all
// succeeded. Each task writes only its own part of the result, so the
// result does not depend on the order the tasks run in.
func runAll(tasks []func() bool) bool {
	workers := min(runtime.GOMAXPROCS(0), len(tasks))
	if workers <= 1 {
		for _, t := range tasks {
			if !t() {
				return false
			}
		}
		return true
	}
	var next atomic.Int64
	var failed atomic.Bool
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for !failed.Load() {
				i := int(next.Add(1)) - 1
				if i >= len(tasks) {
					return
				}
				if !tasks[i]() {
					failed.Store(true)
				}
			}
		})
	}
	wg.Wait()
	return !failed.Load()
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

// proposalTasks splits a JSON array of proposals and returns tasks that
// decode them in chunks, each proposal by its own UnmarshalJSON as the
// decoder of the whole file would call it, into *out.
func proposalTasks(data []byte, out *[]*proposal.Proposal) ([]func() bool, bool) {
	var elems [][]byte
	if !jsonstrict.Array(data, func(elem []byte) bool {
		elems = append(elems, elem)
		return true
	}) {
		return nil, false
	}
	ps := make([]*proposal.Proposal, len(elems))
	*out = ps
	const chunk = 256
	var tasks []func() bool
	for lo := 0; lo < len(elems); lo += chunk {
		hi := min(lo+chunk, len(elems))
		tasks = append(tasks, func() bool {
			for i := lo; i < hi; i++ {
				if string(elems[i]) == "null" {
					continue
				}
				p := new(proposal.Proposal)
				if p.UnmarshalJSON(elems[i]) != nil {
					return false
				}
				ps[i] = p
			}
			return true
		})
	}
	return tasks, true
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
