package lang

import "testing"

func TestBase(t *testing.T) {
	for in, want := range map[string]string{
		"zh-Hans": "zh", "zh_TW": "zh", "en-GB": "en", " FR ": "fr",
		"und": "und", "ar": "ar", "zh-Hant-TW": "zh", "": "",
	} {
		if got := Base(in); got != want {
			t.Errorf("Base(%q) = %q, want %q", in, got, want)
		}
	}
}
