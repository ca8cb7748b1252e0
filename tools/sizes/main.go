// Command sizes fails when a Go file of ours is over 400 lines or a
// function over 80 (make lint runs it). Tests, generated files and
// third_party are not counted; the data tables below are excepted, each
// for its reason: a table is read row by row, not as a function.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"strings"
)

const (
	maxFileLines = 400
	maxFuncLines = 80
)

// tables are the files ("path") and functions ("path:Func" or
// "path:Type.Method") excepted, each with why: a data table is read row
// by row, not as a function. None is needed today.
var tables = map[string]string{}

func main() {
	out, err := exec.Command("git", "ls-files", "*.go").Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "sizes: git ls-files:", err)
		os.Exit(2)
	}
	var bad []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := sc.Text()
		if strings.HasSuffix(f, "_test.go") || strings.HasPrefix(f, "third_party/") {
			continue
		}
		msgs, err := check(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "sizes:", err)
			os.Exit(2)
		}
		bad = append(bad, msgs...)
	}
	for _, b := range bad {
		fmt.Println(b)
	}
	if len(bad) > 0 {
		fmt.Printf("sizes: %d over the limits (file %d lines, function %d); split them, or list a data table in tools/sizes\n",
			len(bad), maxFileLines, maxFuncLines)
		os.Exit(1)
	}
}

// check returns f's file and functions over the limits.
func check(f string) ([]string, error) {
	src, err := os.ReadFile(f)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, f, src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	if ast.IsGenerated(file) {
		return nil, nil
	}
	var bad []string
	if n := bytes.Count(src, []byte("\n")); n > maxFileLines && tables[f] == "" {
		bad = append(bad, fmt.Sprintf("%s: %d lines", f, n))
	}
	for _, d := range file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		name := fd.Name.Name
		if fd.Recv != nil && len(fd.Recv.List) > 0 {
			name = recvName(fd.Recv.List[0].Type) + "." + name
		}
		lines := fset.Position(fd.End()).Line - fset.Position(fd.Pos()).Line + 1
		if lines > maxFuncLines && tables[f+":"+name] == "" {
			bad = append(bad, fmt.Sprintf("%s:%d: func %s: %d lines", f, fset.Position(fd.Pos()).Line, name, lines))
		}
	}
	return bad, nil
}

func recvName(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return recvName(t.X)
	case *ast.IndexExpr:
		return recvName(t.X)
	case *ast.Ident:
		return t.Name
	}
	return "?"
}
