package corpus

func readHTML(path string, data []byte, opts Options) (*Document, error) {
	return nil, inputErr(path, 0, "the html reader is not written yet")
}
