package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/paritydoc/parity/rules"
)

// GitHub prints the findings of a result as GitHub Actions workflow
// commands, which the runner turns into annotations on the files:
//
//	::error file=res_fr.txt,line=14,col=1,title=numbering/parity::item e) ...
//
// Errors are "error", warnings "warning" and infos "notice". The related
// places in the other versions follow the message on lines of their own.
func GitHub(w io.Writer, r *Result) error {
	bw := bufio.NewWriter(w)
	for _, f := range positioned(r) {
		cmd := "notice"
		switch f.Severity {
		case rules.Error:
			cmd = "error"
		case rules.Warning:
			cmd = "warning"
		}
		props := []string{"file=" + ghProperty(f.Location.Path)}
		if f.Location.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", f.Location.Line))
			if f.Location.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", f.Location.Column))
			}
		}
		props = append(props, "title="+ghProperty(f.Rule))
		msg := singleLine(f.Message)
		for _, rl := range f.Related {
			msg += "\n" + rl.Version + ": " + Place(rl)
		}
		fmt.Fprintf(bw, "::%s %s::%s\n", cmd, strings.Join(props, ","), ghData(msg))
	}
	return bw.Flush()
}

// ghData escapes a workflow command's message.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
