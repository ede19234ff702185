package functions

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/function"
)

// TestFunctionsAreDocumented: the descriptions become docs/functions and editor help.
func TestFunctionsAreDocumented(t *testing.T) {
	for _, newFunction := range Functions() {
		f := newFunction()
		var meta function.MetadataResponse
		f.Metadata(t.Context(), function.MetadataRequest{}, &meta)
		var def function.DefinitionResponse
		f.Definition(t.Context(), function.DefinitionRequest{}, &def)
		if def.Diagnostics.HasError() {
			t.Fatalf("%s: %v", meta.Name, def.Diagnostics)
		}
		d := def.Definition
		if d.Summary == "" || d.Description == "" || d.MarkdownDescription == "" {
			t.Errorf("%s: summary %q, description %q, markdown description %q: want all three", meta.Name, d.Summary, d.Description, d.MarkdownDescription)
		}
		for _, p := range d.Parameters {
			if p.GetDescription() == "" || p.GetMarkdownDescription() == "" {
				t.Errorf("%s(%s): want a description and a markdown description", meta.Name, p.GetName())
			}
		}
	}
}
