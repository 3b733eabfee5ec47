package corpus

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/paritydoc/parity/lang"
)

// parityDetector answers from the text alone: "en" for an even length,
// "fr" for an odd one, with a confidence that depends on the length.
type parityDetector struct{}

func (parityDetector) Detect(text string) (string, float64) {
	if len(text)%2 == 0 {
		return "en", float64(len(text)%10) / 10
	}
	return "fr", 0.5
}

// TestDetectBlocksShared: a long document's blocks are shared out among
// goroutines; every block gets the answer it gets alone, and the document
// the same language. Run with -race.
func TestDetectBlocksShared(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}
	blocks := make([]Block, 5000)
	for i := range blocks {
		blocks[i].Text = fmt.Sprintf("block %d %s", i, "text"[:i%4])
		if i%97 == 0 {
			blocks[i].Text = "1234" // no letters: und
		}
	}
	shared := append([]Block(nil), blocks...)
	detectBlocks(shared, parityDetector{}, "")
	for i := range blocks {
		b := &blocks[i]
		want, conf := lang.Und, 0.0
		if hasLetters(b.Text) {
			want, conf = parityDetector{}.Detect(b.Text)
		}
		if shared[i].Lang != want || shared[i].LangConf != conf {
			t.Fatalf("block %d %q: %s %.2f, alone %s %.2f", i, b.Text, shared[i].Lang, shared[i].LangConf, want, conf)
		}
	}
	doc := &Document{Blocks: shared}
	detectLanguages(doc, Options{Detector: parityDetector{}}, false)
	again := &Document{Blocks: append([]Block(nil), blocks...)}
	detectLanguages(again, Options{Detector: parityDetector{}}, false)
	if doc.Lang != again.Lang || doc.LangConf != again.LangConf {
		t.Errorf("document language %s %.4f, then %s %.4f", doc.Lang, doc.LangConf, again.Lang, again.LangConf)
	}
}
