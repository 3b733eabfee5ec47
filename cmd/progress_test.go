package cmd

import "testing"

func TestShowProgress(t *testing.T) {
	tests := []struct {
		name                     string
		sets                     int
		errTerm, outTerm, toFile bool
		want                     bool
	}{
		{"archive, report piped", 5, true, false, false, true},
		{"archive, report to a file on a terminal", 5, true, true, true, true},
		{"archive, report on the same terminal", 5, true, true, false, false},
		{"stderr redirected (CI)", 5, false, false, false, false},
		{"one set", 1, true, false, false, false},
		{"no set", 0, true, false, true, false},
	}
	for _, tc := range tests {
		if got := showProgress(tc.sets, tc.errTerm, tc.outTerm, tc.toFile); got != tc.want {
			t.Errorf("%s: showProgress = %v, want %v", tc.name, got, tc.want)
		}
	}
}
