package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// The directory-mode JSON document: one object per set, each shaped as
// the single-set output of JSON, and a summary over all sets:
//
//	{"schema": "parity/1",
//	 "sets": [{"key": "udhr/txt/udhr", ...}, ...],
//	 "summary": {"sets": 12, "versions": 40, "errors": 3, ...}}
//
// Sets are in key order whatever order they were checked in. A set that
// could not be read or checked is an object with only its key and the
// one-line error: {"key": "un/A_RES_75", "error": "corpus: ..."}. 'parity
// merge' joins several such documents (one per shard) into one.

// JSONSummary is the wire form of a Summary.
type JSONSummary struct {
	Sets       int      `json:"sets"`
	Versions   int      `json:"versions"`
	Errors     int      `json:"errors"`
	Warnings   int      `json:"warnings"`
	Infos      int      `json:"infos"`
	Suppressed int      `json:"suppressed"`
	Failed     int      `json:"failed"`
	Singles    []string `json:"singles"`
	Unmatched  []string `json:"unmatched"`
}

func wireSummary(s *Summary) JSONSummary {
	return JSONSummary{
		Sets: s.Sets, Versions: s.Versions, Errors: s.Errors, Warnings: s.Warnings, Infos: s.Infos,
		Suppressed: s.Suppressed, Failed: s.Failed,
		Singles: nonNil(s.Singles), Unmatched: nonNil(s.Unmatched),
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// SummaryFromJSON converts the wire form back.
func SummaryFromJSON(j JSONSummary) Summary {
	return Summary{
		Sets: j.Sets, Versions: j.Versions, Errors: j.Errors, Warnings: j.Warnings, Infos: j.Infos,
		Suppressed: j.Suppressed, Failed: j.Failed, Singles: j.Singles, Unmatched: j.Unmatched,
	}
}

// JSONSetsWriter streams the directory-mode JSON document: each set is
// encoded (by the single-set encoder) and written as soon as it is added,
// so that memory does not grow with the number of sets.
type JSONSetsWriter struct {
	w      *bufio.Writer
	encode func(io.Writer, *Result) error
	n      int
	err    error
}

// NewJSONSetsWriter starts a directory-mode document; encode writes one
// set's object (JSON).
func NewJSONSetsWriter(w io.Writer, encode func(io.Writer, *Result) error) *JSONSetsWriter {
	j := &JSONSetsWriter{w: bufio.NewWriter(w), encode: encode}
	_, j.err = j.w.WriteString("{\n  \"schema\": \"" + Schema + "\",\n  \"sets\": [")
	return j
}

// Add writes one set.
func (j *JSONSetsWriter) Add(r *Result) error {
	if j.err != nil {
		return j.err
	}
	var buf bytes.Buffer
	if err := j.encode(&buf, r); err != nil {
		j.err = err
		return err
	}
	obj, err := withKey(bytes.TrimSpace(buf.Bytes()), r.Key)
	if err != nil {
		j.err = err
		return err
	}
	var ind bytes.Buffer
	if err := json.Indent(&ind, obj, "    ", "  "); err != nil {
		j.err = fmt.Errorf("report: json: %w", err)
		return j.err
	}
	j.write(ind.Bytes())
	return j.err
}

// AddFailed writes the entry of a set that could not be read or checked:
// its key and the error, on one line.
func (j *JSONSetsWriter) AddFailed(key string, err error) error {
	if j.err != nil {
		return j.err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // <, > and & as themselves, as in every set
	enc.SetIndent("    ", "  ")
	if e := enc.Encode(struct {
		Key   string `json:"key"`
		Error string `json:"error"`
	}{key, OneLine(err)}); e != nil {
		j.err = e
		return e
	}
	j.write(bytes.TrimSpace(buf.Bytes()))
	return j.err
}

// write adds one set's indented object to the array.
func (j *JSONSetsWriter) write(obj []byte) {
	sep := "\n    "
	if j.n > 0 {
		sep = ",\n    "
	}
	j.n++
	j.w.WriteString(sep)
	_, j.err = j.w.Write(obj)
}

// OneLine is the text of err on a single line, as failed sets are
// reported.
func OneLine(err error) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(err.Error(), "\n", " ")), " ")
}

// FailedPrinter is implemented by the printers that list the sets that
// could not be read or checked (the directory-mode JSON document).
type FailedPrinter interface {
	AddFailed(key string, err error) error
}

func (p *jsonSetsPrinter) AddFailed(key string, err error) error { return p.j.AddFailed(key, err) }

// Close writes the summary and ends the document.
func (j *JSONSetsWriter) Close(s *Summary) error {
	if j.err != nil {
		return j.err
	}
	sum, err := json.MarshalIndent(wireSummary(s), "  ", "  ")
	if err != nil {
		return err
	}
	if j.n > 0 {
		j.w.WriteString("\n  ")
	}
	j.w.WriteString("],\n  \"summary\": ")
	j.w.Write(sum)
	j.w.WriteString("\n}\n")
	return j.w.Flush()
}

// withKey makes sure a set's object carries its key, adding a "key" member
// first when the encoder did not write one.
func withKey(obj []byte, key string) ([]byte, error) {
	var probe struct {
		Key *string `json:"key"`
	}
	if err := json.Unmarshal(obj, &probe); err != nil {
		return nil, fmt.Errorf("report: json: set %q: %w", key, err)
	}
	if probe.Key != nil || len(obj) < 2 || obj[0] != '{' {
		return obj, nil
	}
	k, _ := json.Marshal(key)
	rest := bytes.TrimSpace(obj[1:])
	out := append([]byte("{\"key\":"), k...)
	if len(rest) > 0 && rest[0] != '}' {
		out = append(out, ',')
	}
	return append(out, rest...), nil
}

// MergeSets joins directory-mode JSON documents (the outputs of 'parity
// check --shard K/N --format json') into one, sets in key order and the
// summaries added. A set key found in two inputs is an error (the shards
// overlap).
func MergeSets(w io.Writer, paths []string) (*Summary, error) {
	type set struct {
		key string
		raw json.RawMessage
	}
	var sets []set
	var total Summary
	from := map[string]string{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("merge: %w", err)
		}
		var doc struct {
			Schema  string            `json:"schema"`
			Sets    []json.RawMessage `json:"sets"`
			Summary *JSONSummary      `json:"summary"`
		}
		if err := json.Unmarshal(data, &doc); err != nil {
			return nil, fmt.Errorf("merge: %s: %s", p, jsonErrLine(data, err))
		}
		if doc.Schema != Schema {
			return nil, fmt.Errorf("merge: %s: schema %q, want %q", p, doc.Schema, Schema)
		}
		if doc.Sets == nil || doc.Summary == nil {
			return nil, fmt.Errorf("merge: %s: not a directory-mode report (want {\"schema\", \"sets\", \"summary\"} from 'parity check DIR --format json')", p)
		}
		for i, raw := range doc.Sets {
			var k struct {
				Key *string `json:"key"`
			}
			if err := json.Unmarshal(raw, &k); err != nil || k.Key == nil {
				return nil, fmt.Errorf("merge: %s: set %d has no key", p, i+1)
			}
			if prev, dup := from[*k.Key]; dup {
				return nil, fmt.Errorf("merge: set %q is in both %s and %s (overlapping shards)", *k.Key, prev, p)
			}
			from[*k.Key] = p
			sets = append(sets, set{*k.Key, raw})
		}
		s := SummaryFromJSON(*doc.Summary)
		total.Merge(&s)
	}
	sort.SliceStable(sets, func(i, j int) bool { return sets[i].key < sets[j].key })
	jw := NewJSONSetsWriter(w, nil)
	for _, s := range sets {
		var ind bytes.Buffer
		if err := json.Indent(&ind, s.raw, "    ", "  "); err != nil {
			return nil, err
		}
		sep := "\n    "
		if jw.n > 0 {
			sep = ",\n    "
		}
		jw.n++
		jw.w.WriteString(sep)
		jw.w.Write(bytes.TrimSpace(ind.Bytes()))
	}
	return &total, jw.Close(&total)
}

func jsonErrLine(data []byte, err error) string {
	var se *json.SyntaxError
	if e, ok := err.(*json.SyntaxError); ok {
		se = e
		return fmt.Sprintf("line %d: %s", bytes.Count(data[:min(int(se.Offset), len(data))], []byte{'\n'})+1, se.Error())
	}
	return err.Error()
}
