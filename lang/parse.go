package lang

// ParseMarker reads a list marker or a numbered heading at the start of s
// ("a)", "(iv)", "1.2", "一、", "（一）", "Article 5", "第二十五条").
// It returns the marker and the number of bytes of s it took, including the
// whitespace after it. ok is false when s does not start with a marker.
//
// TEMPORARY minimal version so that other packages build; the full parser
// replaces it.
func ParseMarker(s string) (m *Marker, n int, ok bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || (s[i] != '.' && s[i] != ')') {
		return nil, 0, false
	}
	v := 0
	for _, c := range s[:i] {
		v = v*10 + int(c-'0')
	}
	m = &Marker{Raw: s[:i+1], System: SystemDecimal, Value: v, Style: "%" + s[i:i+1]}
	n = i + 1
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	return m, n, true
}
