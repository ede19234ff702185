package kit

import "testing"

func TestDidYouMean(t *testing.T) {
	domains := []string{"analytics", "authorization", "routing", "wfm"}
	for got, want := range map[string]string{
		"analytcs":  ` Did you mean "analytics"?`,
		"Routing":   ` Did you mean "routing"?`,
		"wfn":       ` Did you mean "wfm"?`,
		"telephony": "",
		"":          "",
	} {
		if s := DidYouMean(got, domains); s != want {
			t.Errorf("didYouMean(%q) = %q, want %q", got, s, want)
		}
	}
	if d := editDistance("kitten", "sitting"); d != 3 {
		t.Errorf("editDistance(kitten, sitting) = %d, want 3", d)
	}
}
