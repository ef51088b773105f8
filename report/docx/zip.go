package docx

import (
	"archive/zip"
	"io"
)

// part is one file of the package.
type part struct {
	name    string
	content string
}

// dosDate1980 is 1980-01-01 in MS-DOS date form ((year−1980)<<9 | month<<5
// | day), the earliest date a zip entry can carry; the time of day is 0.
const dosDate1980 = 1<<5 | 1

// writeZip writes parts in order as a zip archive. Every entry is
// deflated and dated 1980-01-01 00:00. The date is set through the MS-DOS
// fields rather than FileHeader.Modified, because archive/zip adds an
// extended-timestamp extra field for the latter; the entries carry no
// extra fields at all.
func writeZip(w io.Writer, parts []part) error {
	zw := zip.NewWriter(w)
	for _, p := range parts {
		f, err := zw.CreateHeader(entryHeader(p.name, zip.Deflate))
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.content); err != nil {
			return err
		}
	}
	return zw.Close()
}
