package functions

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/function"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

var _ function.Function = (*regionFunction)(nil)

// regionFunction is a function of one Genesys Cloud region, resolved the way the provider's
// cloud.region is, to a string derived from the region's domain. The three region functions differ
// only in name, documentation and that derivation.
type regionFunction struct {
	name    string
	summary string
	// markdownDescription says what the function returns; the region help is added. The plain
	// description is the same text without the backquotes (plainText).
	markdownDescription string
	fromDomain          func(domain string) string
}

func (f *regionFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = f.name
}

func (f *regionFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	resp.Definition = function.Definition{
		Summary:             f.summary,
		Description:         plainText(f.markdownDescription + " " + regionMarkdownHelp),
		MarkdownDescription: f.markdownDescription + " " + regionMarkdownHelp,
		Parameters: []function.Parameter{
			function.StringParameter{
				Name:                "region",
				Description:         plainText(regionParameterMarkdownHelp),
				MarkdownDescription: regionParameterMarkdownHelp,
			},
		},
		Return: function.StringReturn{},
	}
}

func (f *regionFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var region string
	resp.Error = req.Arguments.Get(ctx, &region)
	if resp.Error != nil {
		return
	}
	domain, ok := genesyscloud.ResolveRegion(region)
	if !ok {
		resp.Error = function.NewArgumentFuncError(0, unknownRegion(region))
		return
	}
	resp.Error = resp.Result.Set(ctx, f.fromDomain(domain))
}

// unknownRegion is the error for a region the table does not hold, worded like the provider's
// own cloud.region validator so a user sees one message for one mistake. It has no final full
// stop: Terraform ends an argument's error with one.
func unknownRegion(region string) string {
	return fmt.Sprintf("%q is not a Genesys Cloud region. Use one of: %s, or the region's domain such as mypurecloud.com",
		region, strings.Join(genesyscloud.Regions(), ", "))
}

var (
	regionMarkdownHelp = "Takes the region the way the provider's `cloud.region` does: by AWS-style name (`us-east-1`) or by " +
		"domain (`mypurecloud.com`), in any case. One of: " + backquoted(genesyscloud.Regions()) + "."
	regionParameterMarkdownHelp = "Genesys Cloud region, by AWS-style name (`us-east-1`) or by domain (`mypurecloud.com`)."
)

// plainText is a markdown description as plain text (the editors' help): the docs mark code with
// backquotes and nothing else, so the text without them reads the same.
func plainText(markdown string) string {
	return strings.ReplaceAll(markdown, "`", "")
}

func backquoted(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "`" + n + "`"
	}
	return strings.Join(quoted, ", ")
}
