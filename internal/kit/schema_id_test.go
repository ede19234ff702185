package kit

import (
	"context"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
)

func TestIDAttributeIsComputedAndKeptFromTheState(t *testing.T) {
	a := IDAttribute("Role id (a UUID).")
	if !a.Computed || a.Optional || a.Required || a.MarkdownDescription != "Role id (a UUID)." {
		t.Fatalf("attribute: %+v", a)
	}
	want := stringplanmodifier.UseStateForUnknown().Description(context.Background())
	if len(a.PlanModifiers) != 1 || a.PlanModifiers[0].Description(context.Background()) != want {
		t.Fatalf("plan modifiers: %v", a.PlanModifiers)
	}
}
