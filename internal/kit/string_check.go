package kit

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// StringCheck is a string validator made of its description and a check of a configured value
// (null and unknown values are not checked): check returns the error's summary and detail, or an
// empty summary when the value is fine. Every custom string validator of the provider is one.
type StringCheck struct {
	Rule  string
	Check func(raw string) (summary, detail string)
}

func (c StringCheck) Description(context.Context) string { return c.Rule }

func (c StringCheck) MarkdownDescription(context.Context) string { return c.Rule }

func (c StringCheck) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if summary, detail := c.Check(req.ConfigValue.ValueString()); summary != "" {
		resp.Diagnostics.AddAttributeError(req.Path, summary, detail)
	}
}
