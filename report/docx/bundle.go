package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/lvzhi-go/lvzhi/summary"
)

// Batch is a numbered list of documents written together, such as the
// 履职档案 of every member of a committee. Document and Name are called
// from several goroutines at once and must be safe for that.
type Batch interface {
	// Len is the number of documents.
	Len() int
	// Name is the file name of document i inside the archive
	// (覃建华-m001.docx); names must be distinct.
	Name(i int) string
	// Document returns document i.
	Document(i int) (*summary.Document, error)
}

// entryHeader returns the header of a zip entry with the fixed metadata of
// every zip this package writes: dated 1980-01-01 00:00 through the
// MS-DOS fields, no extra fields.
func entryHeader(name string, method uint16) *zip.FileHeader {
	fh := &zip.FileHeader{Name: name, Method: method}
	//lint:ignore SA1019 Modified would add an extended-timestamp extra field (see writeZip)
	fh.ModifiedDate, fh.ModifiedTime = dosDate1980, 0
	return fh
}

// WriteZip writes every document of b as a DOCX file (see [Write]) into one
// zip archive, in the order of b, and calls progress, if not nil, with the
// number of files written so far and the total after each one, on the
// calling goroutine. The documents are built and laid out on all
// processors, at most a few per processor ahead of the one being
// written, so memory stays bounded whatever the batch's size. The DOCX
// files are stored as they are (they are compressed already) with the
// fixed metadata of the parts of a DOCX file: the same batch always gives
// the same bytes.
//
// The first error — a document that cannot be built or laid out, a file
// name that is empty or repeated — stops the work and is returned, naming
// the document; what was written to w by then is not a complete archive.
func WriteZip(w io.Writer, b Batch, progress func(done, total int), opts ...Option) error {
	n := b.Len()
	cache := newPartCache(opts)
	type result struct {
		data []byte
		err  error
	}
	results := make([]chan result, n)
	for i := range results {
		results[i] = make(chan result, 1)
	}
	workers := runtime.GOMAXPROCS(0)
	ahead := make(chan struct{}, 2*workers) // files built but not yet written
	done := make(chan struct{})             // closed when the writer stops
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case ahead <- struct{}{}:
				case <-done:
					return
				}
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				var r result
				d, err := b.Document(i)
				if err == nil {
					r.data, err = cache.write(d)
				}
				r.err = err
				results[i] <- r
			}
		}()
	}
	err := writeBatch(w, b, n, func(i int) ([]byte, error) {
		r := <-results[i]
		<-ahead
		return r.data, r.err
	}, progress)
	// Workers still running finish the file they hold (its result
	// channel has room) and stop.
	close(done)
	wg.Wait()
	return err
}

// writeBatch writes the n files given by file in order into a zip on w.
func writeBatch(w io.Writer, b Batch, n int, file func(i int) ([]byte, error), progress func(done, total int)) error {
	zw := zip.NewWriter(w)
	names := make(map[string]int, n)
	for i := range n {
		data, err := file(i)
		name := b.Name(i)
		if err != nil {
			return fmt.Errorf("docx: 第%d份文档（%s）无法写出：%w", i+1, name, err)
		}
		if name == "" {
			return fmt.Errorf("docx: 第%d份文档没有文件名", i+1)
		}
		if j, dup := names[name]; dup {
			return fmt.Errorf("docx: 第%d份和第%d份文档的文件名都是“%s”", j+1, i+1, name)
		}
		names[name] = i
		f, err := zw.CreateHeader(entryHeader(name, zip.Store))
		if err != nil {
			return fmt.Errorf("docx: 打包失败：%w", err)
		}
		if _, err := f.Write(data); err != nil {
			return fmt.Errorf("docx: 写出失败：%w", err)
		}
		if progress != nil {
			progress(i+1, n)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("docx: 写出失败：%w", err)
	}
	return nil
}

// partCache writes DOCX files like [Write], deflating each part that is
// the same in every file of a batch (styles, settings, fonts, footers,
// relationships: all but the document and its properties) only once. The
// cached parts are written raw with the header fields archive/zip gives a
// part it deflates itself, so the bytes equal those of Write.
type partCache struct {
	cfg config
	mu  sync.Mutex
	raw map[string]*rawPart
}

// rawPart is a deflated part.
type rawPart struct {
	content string
	data    []byte
	crc     uint32
}

func newPartCache(opts []Option) *partCache {
	c := &partCache{cfg: config{fonts: DefaultFonts(), pageNumbers: true}, raw: map[string]*rawPart{}}
	for _, o := range opts {
		if o != nil {
			o(&c.cfg)
		}
	}
	return c
}

// write returns d as a DOCX file, as [Write] writes it.
func (c *partCache) write(d *summary.Document) ([]byte, error) {
	if d == nil {
		return nil, ErrNilDocument
	}
	if err := check(d, &c.cfg); err != nil {
		return nil, fmt.Errorf("docx: 文档无法写出：%w", err)
	}
	parts, err := buildParts(d, &c.cfg)
	if err != nil {
		return nil, fmt.Errorf("docx: %w", err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		if p.name == partDocument || p.name == partCore {
			f, err := zw.CreateHeader(entryHeader(p.name, zip.Deflate))
			if err == nil {
				_, err = io.WriteString(f, p.content)
			}
			if err != nil {
				return nil, fmt.Errorf("docx: 打包失败：%w", err)
			}
			continue
		}
		rp, err := c.part(p)
		if err != nil {
			return nil, fmt.Errorf("docx: 打包失败：%w", err)
		}
		fh := entryHeader(p.name, zip.Deflate)
		fh.Flags |= 0x8 // a data descriptor follows, as for parts deflated by archive/zip
		fh.CreatorVersion, fh.ReaderVersion = zipVersion20, zipVersion20
		fh.CRC32, fh.CompressedSize64, fh.UncompressedSize64 = rp.crc, uint64(len(rp.data)), uint64(len(p.content))
		f, err := zw.CreateRaw(fh)
		if err == nil {
			_, err = f.Write(rp.data)
		}
		if err != nil {
			return nil, fmt.Errorf("docx: 打包失败：%w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("docx: 打包失败：%w", err)
	}
	return buf.Bytes(), nil
}

// zipVersion20 is the version archive/zip writes as creator and reader
// version of the entries it deflates (2.0).
const zipVersion20 = 20

// flateLevel is the level archive/zip deflates with.
const flateLevel = 5

// part returns p deflated, from the cache when a part of the same name and
// content was deflated before.
func (c *partCache) part(p part) (*rawPart, error) {
	c.mu.Lock()
	rp, ok := c.raw[p.name]
	c.mu.Unlock()
	if ok && rp.content == p.content {
		return rp, nil
	}
	var buf bytes.Buffer
	fw, err := flate.NewWriter(&buf, flateLevel)
	if err != nil {
		return nil, err
	}
	if _, err := io.WriteString(fw, p.content); err != nil {
		return nil, err
	}
	if err := fw.Close(); err != nil {
		return nil, err
	}
	rp = &rawPart{content: p.content, data: buf.Bytes(), crc: crc32.ChecksumIEEE([]byte(p.content))}
	c.mu.Lock()
	c.raw[p.name] = rp
	c.mu.Unlock()
	return rp, nil
}
