// Command lvzhi works with a 政协 committee's records from the command line: it
// writes the work summary and members' 履职档案 with their 履职积分 rankings,
// imports and exports spreadsheets, proofreads documents written by hand and
// prints statistics.
//
//	go install github.com/lvzhi-go/lvzhi/cmd/lvzhi@latest
//	lvzhi help
//
// Each subcommand lives in its own file and registers itself in the
// command table with register; "lvzhi help NAME" prints its usage.
//
// Exit codes: 0 success, 1 failure (the message on standard error says
// why), 2 wrong usage, 3 the job ran and found problems (check found
// errors in a document, import found rows it could not take).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
)

// Exit codes.
const (
	exitOK       = 0
	exitFailure  = 1
	exitUsage    = 2
	exitProblems = 3
)

// command is one subcommand of lvzhi.
type command struct {
	name  string // what the user types: "import"
	args  string // the arguments after the name, for the usage line: "[选项] 文件.xlsx"
	short string // one line for the command list, in Chinese
	long  string // more help, printed by "lvzhi help NAME" after the flags (optional)
	// flags declares the subcommand's flags on fs and returns the function
	// that runs it with the remaining arguments.
	flags func(fs *flag.FlagSet) func(e *env, args []string) error
}

// commands is the command table, filled by register from each
// subcommand's file.
var commands = map[string]*command{}

// register adds c to the command table. It is called from init functions;
// a duplicate name is a programming error.
func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("lvzhi: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// env is what a subcommand runs with: the standard streams and whether
// standard error is a terminal (progress is shown only then).
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	tty            bool
}

// progress prints a progress line on standard error when it is a
// terminal; otherwise it prints nothing, so that logs stay clean.
func (e *env) progress(format string, a ...any) {
	if e.tty {
		fmt.Fprintf(e.stderr, "\r\033[K"+format, a...)
	}
}

// progressDone ends a progress line.
func (e *env) progressDone() {
	if e.tty {
		fmt.Fprint(e.stderr, "\r\033[K")
	}
}

// usageError is wrong usage: the exit code is 2 and the subcommand's
// usage is printed after the message.
type usageError struct{ msg string }

func (u *usageError) Error() string { return u.msg }

// usagef returns a usageError.
func usagef(format string, a ...any) error { return &usageError{fmt.Sprintf(format, a...)} }

// required returns a usage error naming the flags left empty, given as
// pairs of name and value ("-data", *data, "-period", *period), or nil
// when every one is set.
func required(pairs ...string) error {
	var missing []string
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] == "" {
			missing = append(missing, pairs[i])
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return usagef("缺少必填的选项 %s", strings.Join(missing, "、"))
}

// errProblems is returned by a subcommand that ran to its end and found
// problems it has already reported; the exit code is 3.
var errProblems = errors.New("发现问题")

func main() {
	tty := false
	if fi, err := os.Stderr.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		tty = true
	}
	os.Exit(run(os.Args[1:], &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, tty: tty}))
}

// run runs lvzhi with args (without the program name) and returns the exit
// code.
func run(args []string, e *env) int {
	if len(args) == 0 {
		printCommands(e.stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		return help(args[1:], e)
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(e.stderr, "lvzhi：没有子命令“%s”。\n", name)
		printCommands(e.stderr)
		return exitUsage
	}
	fs := newFlagSet(c, e.stderr)
	runCmd := c.flags(fs)
	fs.SetOutput(io.Discard) // parse errors are reported below, in Chinese
	operands, err := parseInterspersed(fs, args[1:])
	fs.SetOutput(e.stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.Usage()
			return exitOK
		}
		fmt.Fprintf(e.stderr, "lvzhi %s：%s\n", c.name, flagError(err))
		fs.Usage()
		return exitUsage
	}
	err = runCmd(e, operands)
	e.progressDone()
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errProblems):
		return exitProblems
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "lvzhi %s：%s\n", c.name, ue.msg)
		fs.Usage()
		return exitUsage
	default:
		fmt.Fprintf(e.stderr, "lvzhi %s：%s\n", c.name, err)
		return exitFailure
	}
}

// parseInterspersed parses flags placed before, between or after the
// operands (lvzhi import 名单.xlsx -o records.json); "--" ends the flags.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var operands []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return operands, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(operands, rest...), nil
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}

// newFlagSet returns the flag set of c, with a Chinese usage text.
func newFlagSet(c *command, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("lvzhi "+c.name, flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "用法：lvzhi %s %s\n\n%s\n", c.name, c.args, c.short)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(w, "\n选项：")
			printFlags(w, fs)
		}
		if c.long != "" {
			fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.long))
		}
	}
	return fs
}

// invalidValue matches the flag package's message for a value its flag
// refuses.
var invalidValue = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?(-\S+): (.*)$`)

// flagError words an error of the flag package in Chinese.
func flagError(err error) string {
	msg := err.Error()
	for _, t := range []struct{ prefix, zh string }{
		{"flag provided but not defined: ", "没有选项 "},
		{"flag needs an argument: ", "选项缺少值："},
		{"bad flag syntax: ", "选项写法有误："},
	} {
		if rest, ok := strings.CutPrefix(msg, t.prefix); ok {
			return t.zh + rest
		}
	}
	if m := invalidValue.FindStringSubmatch(msg); m != nil {
		reason := m[3]
		if reason == "parse error" {
			reason = "应为 true 或 false"
		}
		return fmt.Sprintf("选项 %s 的值“%s”有误：%s", m[2], m[1], reason)
	}
	return msg
}

// printFlags lists the flags of fs in Chinese: name, kind of value,
// usage and default.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	kinds := map[string]string{"string": "文字", "value": "值", "int": "整数", "float": "数", "duration": "时长"}
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		if k, ok := kinds[name]; ok {
			name = k
		}
		line := "  -" + f.Name
		if name != "" {
			line += " " + name
		}
		fmt.Fprintf(w, "%s\n    \t%s", line, usage)
		if f.DefValue != "" && f.DefValue != "false" {
			fmt.Fprintf(w, "（默认 %s）", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}

// help prints the command list, or the usage of one command.
func help(args []string, e *env) int {
	if len(args) == 0 {
		printCommands(e.stdout)
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "lvzhi help：没有子命令“%s”。\n", args[0])
		printCommands(e.stderr)
		return exitUsage
	}
	fs := newFlagSet(c, e.stdout)
	c.flags(fs)
	fs.Usage()
	return exitOK
}

// printCommands prints the list of subcommands in name order.
func printCommands(w io.Writer) {
	fmt.Fprintln(w, "lvzhi 处理政协履职记录：生成工作总结和委员履职档案，导入导出表格，校对文稿，统计数字。")
	fmt.Fprintln(w, "\n用法：lvzhi 子命令 [选项] [参数]")
	fmt.Fprintln(w, "\n子命令：")
	names := make([]string, 0, len(commands))
	width := 0
	for n := range commands {
		names = append(names, n)
		width = max(width, len(n))
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-*s  %s\n", width, n, commands[n].short)
	}
	fmt.Fprintln(w, "\n“lvzhi help 子命令”显示该子命令的用法和选项。")
	fmt.Fprintln(w, "退出码：0 成功；1 失败；2 用法错误；3 已完成但发现问题（如校对发现错误、导入有无法接受的行）。")
}
