package provider

import (
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// tfplugindocs reads the schemas through the terraform CLI, which shows list resources from 1.14
// on only; with the older CLI `make docs` runs, it renders no list resource page. The pages are
// rendered here instead, from the provider's own schemas, into templates/list-resources/, which
// `make docs` copies into docs/ as they are. This test fails when a page is stale.
const listResourceDocsDir = "../../templates/list-resources"

// updateListResourceDocs rewrites the pages instead of checking them.
const updateListResourceDocs = "UPDATE_LIST_RESOURCE_DOCS"

func TestListResourceDocsAreCurrent(t *testing.T) {
	_, resp := providerServer(t)
	want := map[string]string{}
	for name, s := range resp.ListResourceSchemas {
		want[strings.TrimPrefix(name, "genesys_")+".md"] = listResourcePage(name, s)
	}
	docs, err := os.OpenRoot(listResourceDocsDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = docs.Close() })
	if os.Getenv(updateListResourceDocs) != "" {
		for file, page := range want {
			if err := docs.WriteFile(file, []byte(page), 0o644); err != nil { //nolint:gosec // documentation, world-readable
				t.Fatal(err)
			}
		}
	}
	entries, err := fs.ReadDir(docs.FS(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, ok := want[e.Name()]; !ok {
			t.Errorf("%s/%s documents no list resource", listResourceDocsDir, e.Name())
		}
	}
	for file, page := range want {
		got, err := docs.ReadFile(file)
		if err != nil || string(got) != page {
			t.Errorf("%s/%s is missing or stale: run %s=1 go test ./internal/provider -run TestListResourceDocsAreCurrent, then make docs",
				listResourceDocsDir, file, updateListResourceDocs)
		}
	}
}

// listResourcePage is the page of a list resource, laid out as tfplugindocs lays out the others.
func listResourcePage(name string, s *tfprotov6.Schema) string {
	var b strings.Builder
	description := s.Block.Description
	fmt.Fprintf(&b, "---\npage_title: %q\nsubcategory: \"\"\ndescription: |-\n  %s\n---\n\n",
		name+" List Resource - genesys", strings.ReplaceAll(strings.ReplaceAll(firstParagraph(description), "`", ""), "\n", "\n  "))
	fmt.Fprintf(&b, "# %s (List Resource)\n\n%s\n\n", name, description)
	fmt.Fprintf(&b, "## Example Usage\n\nIn a `.tfquery.hcl` file (Terraform 1.14 and later), then `terraform query -generate-config-out=generated.tf`:\n\n")
	fmt.Fprintf(&b, "```terraform\nlist %q \"all\" {\n  provider         = genesys\n  include_resource = true\n}\n```\n\n", name)
	b.WriteString("## Schema\n\n")
	attrs := slices.Clone(s.Block.Attributes)
	slices.SortFunc(attrs, func(a, b *tfprotov6.SchemaAttribute) int { return strings.Compare(a.Name, b.Name) })
	if len(attrs) == 0 {
		b.WriteString("The `config` block takes no argument.\n")
		return b.String()
	}
	b.WriteString("### Optional (in the `config` block)\n\n")
	for _, a := range attrs {
		fmt.Fprintf(&b, "- `%s` (%s) %s\n", a.Name, typeName(a), a.Description)
	}
	return b.String()
}

func firstParagraph(s string) string {
	first, _, _ := strings.Cut(s, "\n\n")
	return first
}

func typeName(a *tfprotov6.SchemaAttribute) string {
	switch {
	case a.Type.Is(tftypes.String):
		return "String"
	case a.Type.Is(tftypes.Bool):
		return "Boolean"
	}
	return a.Type.String()
}
