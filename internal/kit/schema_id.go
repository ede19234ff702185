package kit

import (
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// IDAttribute is the id of a resource whose id the API assigns, documented by doc: computed, and
// never unknown in a plan after the create (UseStateForUnknown), since it does not change.
func IDAttribute(doc string) schema.StringAttribute {
	return schema.StringAttribute{
		Computed:            true,
		MarkdownDescription: doc,
		PlanModifiers:       []planmodifier.String{stringplanmodifier.UseStateForUnknown()},
	}
}

// ChosenIDAttribute is the id of a resource whose id the configuration may choose (GAuth takes
// the id in the create), documented by doc and checked by validators: computed when omitted and
// then kept from the state, and replacing the object when the configured id changes.
func ChosenIDAttribute(doc string, validators ...validator.String) schema.StringAttribute {
	return schema.StringAttribute{
		Optional:            true,
		Computed:            true,
		MarkdownDescription: doc,
		Validators:          validators,
		PlanModifiers: []planmodifier.String{
			stringplanmodifier.UseStateForUnknown(),
			stringplanmodifier.RequiresReplaceIfConfigured(),
		},
	}
}
