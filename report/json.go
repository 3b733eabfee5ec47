package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/paritydoc/parity/corpus"
	"github.com/paritydoc/parity/lang"
	"github.com/paritydoc/parity/rules"
)

// The wire structs of the JSON contract, documented field by field in
// docs/json.md. They are separate from the library types so that the
// library can change without breaking users' scripts: a field is added
// here only with its documentation, and never removed or renamed while
// Schema stays "parity/1".

type jsonResult struct {
	Schema    string        `json:"schema"`
	Key       string        `json:"key,omitempty"`
	Versions  []jsonVersion `json:"versions"`
	Pivot     string        `json:"pivot,omitempty"`
	Alignment []jsonRow     `json:"alignment,omitempty"`
	// Findings is present (possibly empty) when the rules ran, absent
	// otherwise: a nil slice is left out, an empty one is written [].
	Findings *[]jsonFinding `json:"findings,omitempty"`
	RulesRun []string       `json:"rules_run,omitempty"`
}

type jsonVersion struct {
	ID             string      `json:"id"`
	Path           string      `json:"path"`
	Lang           string      `json:"lang"`
	LangConfidence float64     `json:"lang_confidence"`
	Format         string      `json:"format"`
	Encoding       string      `json:"encoding,omitempty"`
	View           string      `json:"view,omitempty"`
	Blocks         []jsonBlock `json:"blocks"`
}

type jsonBlock struct {
	Index          int         `json:"index"`
	Line           int         `json:"line"`
	Span           *jsonSpan   `json:"span,omitempty"`
	Kind           string      `json:"kind"`
	Level          int         `json:"level"`
	Lang           string      `json:"lang"`
	LangConfidence float64     `json:"lang_confidence"`
	Marker         *jsonMarker `json:"marker,omitempty"`
	Section        string      `json:"section,omitempty"`
	Revision       string      `json:"revision"`
	Text           string      `json:"text"`
	FootnoteRefs   []string    `json:"footnote_refs,omitempty"`
	FootnoteID     string      `json:"footnote_id,omitempty"`
	Anchor         string      `json:"anchor,omitempty"`
}

type jsonSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type jsonMarker struct {
	Raw    string      `json:"raw"`
	System string      `json:"system"`
	Value  int         `json:"value"`
	Path   []int       `json:"path,omitempty"`
	Style  string      `json:"style,omitempty"`
	Unit   string      `json:"unit,omitempty"`
	Span   *jsonSpan   `json:"span,omitempty"`
	Change string      `json:"change,omitempty"`
	Old    *jsonMarker `json:"old,omitempty"`
}

type jsonRow struct {
	// Cells maps a version ID to its block indexes; a version without a
	// counterpart has an empty list. encoding/json writes map keys sorted.
	Cells      map[string][]int `json:"cells"`
	Confidence float64          `json:"confidence"`
	Reason     string           `json:"reason,omitempty"`
	Moved      bool             `json:"moved,omitempty"`
}

type jsonFinding struct {
	Rule     string         `json:"rule"`
	Severity string         `json:"severity"`
	Message  string         `json:"message"`
	Location jsonLocation   `json:"location"`
	Related  []jsonLocation `json:"related,omitempty"`
}

type jsonLocation struct {
	Version string `json:"version"`
	Path    string `json:"path"`
	Lang    string `json:"lang,omitempty"`
	Block   int    `json:"block"`
	Line    int    `json:"line,omitempty"`
	Column  int    `json:"column,omitempty"`
}

// JSON prints r as the versioned JSON contract documented in docs/json.md:
// one object {"schema": "parity/1", "versions": [...]} with "alignment"
// and "findings" when the command produced them, indented, followed by a
// newline. Output is deterministic.
//
// The blocks of the versions, most of the output, are streamed: each is
// encoded and written on its own, so that printing a large document does
// not hold its whole JSON (several times the document) in memory.
func JSON(w io.Writer, r *Result) error {
	out := jsonResult{Schema: Schema, Key: r.Key, Versions: []jsonVersion{}, RulesRun: r.RulesRun}
	ids := VersionIDs(r.Versions)
	for i, d := range r.Versions {
		out.Versions = append(out.Versions, wireVersion(ids[i], d))
	}
	if a := r.Alignment; a != nil {
		// The alignment's own version IDs when it has them (they are the
		// documents' IDs), else the IDs of the versions above.
		aids := a.Versions
		if aids == nil {
			aids = ids
		}
		if a.Pivot >= 0 && a.Pivot < len(aids) {
			out.Pivot = aids[a.Pivot]
		}
		out.Alignment = make([]jsonRow, 0, len(a.Rows))
		for _, row := range a.Rows {
			jr := jsonRow{Cells: map[string][]int{}, Confidence: round3(row.Confidence), Reason: row.Reason, Moved: row.Moved}
			for v, id := range aids {
				cell := []int{}
				if v < len(row.Cells) && row.Cells[v] != nil {
					cell = row.Cells[v]
				}
				jr.Cells[id] = cell
			}
			out.Alignment = append(out.Alignment, jr)
		}
		if out.Alignment == nil {
			out.Alignment = []jsonRow{}
		}
	}
	if r.Checked || r.Findings != nil {
		fs := make([]jsonFinding, 0, len(r.Findings))
		for _, f := range positioned(r) {
			jf := jsonFinding{
				Rule:     f.Rule,
				Severity: f.Severity.String(),
				Message:  f.Message,
				Location: wireLocation(f.Location),
			}
			for _, rel := range f.Related {
				jf.Related = append(jf.Related, wireLocation(rel))
			}
			fs = append(fs, jf)
		}
		out.Findings = &fs
	}
	// The document without its blocks, then the blocks spliced in where
	// each version's empty list stands: `"blocks": []` with its quotes
	// unescaped cannot occur inside a JSON string, and the versions come
	// first in the document, in order.
	var env bytes.Buffer
	enc := json.NewEncoder(&env)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	rest := env.Bytes()
	var buf bytes.Buffer
	benc := json.NewEncoder(&buf)
	benc.SetIndent(blockIndent, "  ")
	benc.SetEscapeHTML(false)
	for _, d := range r.Versions {
		k := bytes.Index(rest, emptyBlocks)
		if k < 0 {
			return fmt.Errorf("report: JSON: no place for the blocks of %s", d.Path)
		}
		bw.Write(rest[:k])
		rest = rest[k+len(emptyBlocks):]
		if len(d.Blocks) == 0 {
			bw.Write(emptyBlocks)
			continue
		}
		bw.WriteString(`"blocks": [`)
		for i := range d.Blocks {
			if i > 0 {
				bw.WriteByte(',')
			}
			bw.WriteString("\n" + blockIndent)
			buf.Reset()
			if err := benc.Encode(wireBlock(d, &d.Blocks[i])); err != nil {
				return err
			}
			bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		}
		bw.WriteString("\n" + blockIndent[:len(blockIndent)-2] + "]")
	}
	bw.Write(rest)
	return bw.Flush()
}

// emptyBlocks is a version's block list in the document encoded without
// blocks, and blockIndent the indentation of a block in the list (the
// document's versions are at depth 2, their fields at 3, blocks at 4).
var (
	emptyBlocks = []byte(`"blocks": []`)
	blockIndent = "        "
)

// VersionIDs returns the ID of each version of a result: the document's ID
// when it has one and it is unique, else its language code, with a suffix
// "-2", "-3" ... for the second and later versions sharing one ("zh",
// "zh-2"). A version whose language is unknown is "und".
func VersionIDs(docs []*corpus.Document) []string {
	ids := make([]string, len(docs))
	used := map[string]bool{}
	for i, d := range docs {
		base := d.ID
		if base == "" {
			base = d.Lang
		}
		if base == "" {
			base = lang.Und
		}
		id := base
		for k := 2; used[id]; k++ {
			id = base + "-" + strconv.Itoa(k)
		}
		used[id] = true
		ids[i] = id
	}
	return ids
}

// wireVersion is the version as written in JSON, with an empty block
// list: JSON streams the blocks (see wireBlock).
func wireVersion(id string, d *corpus.Document) jsonVersion {
	return jsonVersion{
		ID:             id,
		Path:           d.Path,
		Lang:           orUnd(d.Lang),
		LangConfidence: round3(d.LangConf),
		Format:         d.Format,
		Encoding:       d.Encoding,
		View:           d.View,
		Blocks:         []jsonBlock{},
	}
}

// wireBlock is a block of d as written in JSON.
func wireBlock(d *corpus.Document, b *corpus.Block) jsonBlock {
	jb := jsonBlock{
		Index:          b.Index,
		Line:           b.Line,
		Kind:           b.Kind.String(),
		Level:          b.Level,
		Lang:           orUnd(b.Lang),
		LangConfidence: round3(b.LangConf),
		Marker:         wireMarker(b.Marker),
		Section:        b.Section,
		Revision:       b.Revision.String(),
		Text:           b.Text,
		FootnoteRefs:   b.FootnoteRefs(),
		FootnoteID:     b.FootnoteID(),
		Anchor:         b.Anchor(),
	}
	if d.Source != "" {
		jb.Span = &jsonSpan{b.Span.Start, b.Span.End}
		if jb.Marker != nil && b.MarkerSpan.End > b.MarkerSpan.Start {
			jb.Marker.Span = &jsonSpan{b.MarkerSpan.Start, b.MarkerSpan.End}
		}
	}
	return jb
}

func wireMarker(m *lang.Marker) *jsonMarker {
	if m == nil {
		return nil
	}
	return &jsonMarker{
		Raw:    m.Raw,
		System: m.System.String(),
		Value:  m.Value,
		Path:   m.Path,
		Style:  m.Style,
		Unit:   m.Unit.String(),
		Change: markerChange(m.Change),
		Old:    wireMarker(m.Old),
	}
}

// markerChange names how a marker of flattened tracked changes reads:
// "inserted", "deleted" or "replaced"; "" (left out) when it is in both
// texts.
func markerChange(c lang.Change) string {
	if c == lang.ChangeNone {
		return ""
	}
	return c.String()
}

func wireLocation(l rules.Location) jsonLocation {
	return jsonLocation{
		Version: l.Version,
		Path:    l.Path,
		Lang:    l.Lang,
		Block:   l.Block,
		Line:    l.Line,
		Column:  l.Column,
	}
}

func orUnd(s string) string {
	if s == "" {
		return lang.Und
	}
	return s
}

// round3 keeps three decimals, so confidences print the same on every
// machine and golden files stay readable.
func round3(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return math.Round(f*1000) / 1000
}
