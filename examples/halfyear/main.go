// Command halfyear writes the half-year work summary of a district 政协
// committee from records. This first version prints the reporting period.
package main

import (
	"fmt"
	"os"

	"github.com/lvzhi-go/lvzhi"
)

func main() {
	p := lvzhi.FirstHalf(2022)
	if _, err := fmt.Fprintln(os.Stdout, p, p.Range()); err != nil {
		os.Exit(1)
	}
}
