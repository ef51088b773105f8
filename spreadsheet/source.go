package spreadsheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/lvzhi-go/lvzhi/member"
	"github.com/lvzhi-go/lvzhi/proposal"
	"github.com/lvzhi-go/lvzhi/zh"
)

// Format is the file format of a sheet.
type Format int

// The formats. FormatAuto decides by the file name's extension: .csv (and
// .txt) is CSV, anything else XLSX.
const (
	FormatAuto Format = iota
	XLSX
	CSV
)

// FormatOf returns the format of a file by its name.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".txt":
		return CSV
	}
	return XLSX
}

// Encoding is the character encoding of a CSV file. XLSX files are always
// Unicode.
type Encoding int

// The encodings. EncodingAuto reads UTF-8 (with or without a byte order
// mark) when the file is valid UTF-8, and GB18030 otherwise; GBK and
// GB2312 files are GB18030 files.
const (
	EncodingAuto Encoding = iota
	UTF8
	GB18030
)

// String returns the encoding's name.
func (e Encoding) String() string {
	switch e {
	case UTF8:
		return "UTF-8"
	case GB18030:
		return "GB18030"
	}
	return "自动"
}

// Options changes how sheets are read. The zero Options reads the first
// sheet of an XLSX file, or a CSV file in UTF-8 or GB18030, reports every
// problem, and knows the usual header names.
type Options struct {
	// Format is the file format; FormatAuto decides by the name given.
	Format Format
	// Encoding is the encoding of a CSV file.
	Encoding Encoding
	// Sheet is the XLSX sheet to read; empty means the first sheet.
	Sheet string
	// Headers adds header names: each key is a column's header as this
	// package writes it (手机), each value more names read as that column
	// (联系电话).
	Headers map[string][]string
	// StopAtFirst stops at the first problem instead of reporting all.
	StopAtFirst bool

	// Sectors are the sectors accepted in rosters; the zero value holds
	// the 34 national sectors.
	Sectors member.Sectors
	// Roster resolves the members named in registers and duty sheets: a
	// cell may hold a member's ID or a name that is unique in the roster.
	// Without it, cells must hold IDs.
	Roster *member.Roster
	// Rules are the proposal rules registers are imported under.
	Rules proposal.Rules
	// Progress, when set, is called with the sheet's row number every
	// 1,000 rows, so that a program can show how far a long import got.
	Progress func(row int)

	// names indexes Roster during one import.
	names *names
	// Office is the body recorded as taking the steps of a proposal that
	// a register has no column for (审查, 交办, 转交, 二次办理, 办结); empty
	// means 提案委员会.
	Office string
}

// office returns the actor of office steps.
func (o Options) office() string {
	if o.Office == "" {
		return "提案委员会"
	}
	return o.Office
}

// rowReader yields the rows of one sheet.
type rowReader interface {
	next() (cells []string, row int, ok bool)
	err() error
}

// openRows opens the sheet of r (named name) and returns its name as
// problems should give it.
func openRows(r io.Reader, name string, opts Options) (rowReader, string, func() error, error) {
	format := opts.Format
	if format == FormatAuto {
		format = FormatOf(name)
	}
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	if format == CSV {
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, "", nil, err
		}
		text, err := decodeText(data, opts.Encoding)
		if err != nil {
			return nil, "", nil, fmt.Errorf("%s：%w", name, err)
		}
		cr := csv.NewReader(strings.NewReader(text))
		cr.FieldsPerRecord = -1
		cr.LazyQuotes = true
		return &csvRows{r: cr}, base, func() error { return nil }, nil
	}
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, "", nil, fmt.Errorf("%s 不是可读的 XLSX 工作簿：%w", name, err)
	}
	sheet := opts.Sheet
	if sheet == "" {
		list := f.GetSheetList()
		if len(list) == 0 {
			f.Close()
			return nil, "", nil, fmt.Errorf("%s 中没有工作表", name)
		}
		sheet = list[0]
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		f.Close()
		return nil, "", nil, fmt.Errorf("%s 中找不到工作表“%s”：%w", name, sheet, err)
	}
	closer := func() error { rows.Close(); return f.Close() }
	return &xlsxRows{rows: rows}, sheet, closer, nil
}

// decodeText returns the text of a CSV file in enc.
func decodeText(data []byte, enc Encoding) (string, error) {
	switch enc {
	case UTF8:
		data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
		if !utf8.Valid(data) {
			return "", fmt.Errorf("不是有效的 UTF-8 文本（可改用 GB18030）")
		}
		return string(data), nil
	case GB18030:
		s, err := zh.DecodeGB18030(data)
		if err != nil {
			return "", fmt.Errorf("不是有效的 GB18030/GBK 文本：%w", err)
		}
		return s, nil
	}
	if bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) || utf8.Valid(data) {
		return decodeText(data, UTF8)
	}
	return decodeText(data, GB18030)
}

type csvRows struct {
	r   *csv.Reader
	row int
	e   error
}

func (c *csvRows) next() ([]string, int, bool) {
	rec, err := c.r.Read()
	if err == io.EOF {
		return nil, 0, false
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			c.e = fmt.Errorf("第%d行无法按 CSV 读取：%w", pe.Line, err)
		} else {
			c.e = err
		}
		return nil, 0, false
	}
	line, _ := c.r.FieldPos(0)
	c.row = line
	return rec, line, true
}

func (c *csvRows) err() error { return c.e }

type xlsxRows struct {
	rows *excelize.Rows
	row  int
	e    error
}

func (x *xlsxRows) next() ([]string, int, bool) {
	if !x.rows.Next() {
		x.e = x.rows.Error()
		return nil, 0, false
	}
	x.row++
	cells, err := x.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		x.e = err
		return nil, 0, false
	}
	return cells, x.row, true
}

func (x *xlsxRows) err() error { return x.e }

// headerScan is how many rows above the header (titles, notes) are
// skipped looking for it.
const headerScan = 10

// readSheet reads the sheet of r with layout l and calls each for every
// non-blank data row. It returns the notes (columns not imported) and the
// problems as an error.
func readSheet(r io.Reader, name string, l layout, opts Options, each func(record) error) (Problems, error) {
	rows, sheet, closer, err := openRows(r, name, opts)
	if err != nil {
		return nil, err
	}
	defer closer()
	ps := &problems{sheet: sheet, stop: opts.StopAtFirst}
	var (
		b     *binding
		notes Problems
	)
	need := min(2, len(l))
	for {
		cells, row, ok := rows.next()
		if !ok {
			break
		}
		if b == nil {
			if l.matches(cells, opts.Headers) < need {
				if row < headerScan || blank(cells) {
					continue
				}
				break
			}
			b, notes, err = bind(l, sheet, row, cells, opts.Headers, ps)
			if err != nil || len(ps.list) > 0 {
				return notes, ps.err()
			}
			continue
		}
		if opts.Progress != nil && row%1000 == 0 {
			opts.Progress(row)
		}
		if blank(cells) {
			continue
		}
		if err := each(record{b: b, row: row, cells: cells, ps: ps}); err != nil {
			if errors.Is(err, errStop) {
				return notes, ps.err()
			}
			return notes, err
		}
	}
	if err := rows.err(); err != nil {
		return notes, fmt.Errorf("%s：%w", name, err)
	}
	if b == nil {
		_ = ps.add(0, 0, "", nil, "找不到表头：前%d行中没有一行含“%s”等列名", headerScan, strings.Join(l.headers()[:min(3, len(l))], "”“"))
	}
	return notes, ps.err()
}
