package kit

import (
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// DescriptionAttribute is the free-text description of roles and clients. It is null when not
// configured rather than defaulting to "": Terraform's plan renderer treats an empty string as
// null (a concession to SDKv2 providers), so a "" default showed up on every create as
// "(1 unchanged attribute hidden)". The APIs answer "" for no description; see descriptionFromAPI.
func DescriptionAttribute() schema.StringAttribute {
	return schema.StringAttribute{
		Optional:            true,
		MarkdownDescription: "Free-text description. Default: none.",
	}
}

// DescriptionFromAPI maps the API's "" (no description) to null unless the configuration or the
// prior state held "" itself, so that both `description = ""` and leaving it out stay consistent.
func DescriptionFromAPI(prior types.String, description string) types.String {
	if description == "" && (prior.IsNull() || prior.IsUnknown()) {
		return types.StringNull()
	}
	return types.StringValue(description)
}
