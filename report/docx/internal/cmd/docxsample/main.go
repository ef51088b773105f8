// Command docxsample writes the sample summary of package docx to the file
// named by its only argument, for scripts/preview.sh.
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/lvzhi-go/lvzhi/report/docx"
	"github.com/lvzhi-go/lvzhi/report/internal/sample"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "用法：docxsample 输出文件.docx")
		os.Exit(2)
	}
	var buf bytes.Buffer
	if err := docx.Write(&buf, sample.Document()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile(os.Args[1], buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
