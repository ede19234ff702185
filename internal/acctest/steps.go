package acctest

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
	"github.com/hashicorp/terraform-plugin-testing/tfversion"
)

// The Terraform versions that brought what some tests use: a test case given one skips with an
// older CLI.
var (
	// NeedsEphemeralResources is the version check of a case with an ephemeral resource (1.10).
	NeedsEphemeralResources = []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_10_0)}
	// NeedsProviderFunctions is the version check of a case calling provider functions (1.8).
	NeedsProviderFunctions = []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_8_0)}
	// NeedsWriteOnlyAttributes is the version check of a case with write-only attributes (1.11).
	NeedsWriteOnlyAttributes = []tfversion.TerraformVersionCheck{tfversion.SkipBelow(tfversion.Version1_11_0)}
)

// Test runs c with the environment's PreCheck and provider factories, which it sets: the case
// gives its steps and what else it needs, such as a CheckDestroy that asks the API.
func Test(t *testing.T, c resource.TestCase) {
	t.Helper()
	c.PreCheck = func() { PreCheck(t) }
	c.ProtoV6ProviderFactories = ProviderFactories
	resource.Test(t, c)
}

// ExpectAction is a step's plan checks: before applying, the plan does action to the resource at addr.
func ExpectAction(addr string, action plancheck.ResourceActionType) resource.ConfigPlanChecks {
	return resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectResourceAction(addr, action)}}
}

// ExpectCreate is ExpectAction with a create: the steps of a lifecycle test name the action of
// nearly every plan.
func ExpectCreate(addr string) resource.ConfigPlanChecks {
	return ExpectAction(addr, plancheck.ResourceActionCreate)
}

// ExpectUpdate is ExpectAction with an update in place.
func ExpectUpdate(addr string) resource.ConfigPlanChecks {
	return ExpectAction(addr, plancheck.ResourceActionUpdate)
}

// ExpectReplace is ExpectAction with a replacement (create before destroy or the other way round).
func ExpectReplace(addr string) resource.ConfigPlanChecks {
	return ExpectAction(addr, plancheck.ResourceActionReplace)
}

// ExpectPlan is a step's plan checks before applying, for a step that checks more than an action.
func ExpectPlan(checks ...plancheck.PlanCheck) resource.ConfigPlanChecks {
	return resource.ConfigPlanChecks{PreApply: checks}
}

// ExpectEmptyPlan is a step's plan checks: the plan changes nothing, for a step that does more
// than EmptyPlanStep (a change behind Terraform's back first, checks of the API after).
func ExpectEmptyPlan() resource.ConfigPlanChecks {
	return ExpectPlan(plancheck.ExpectEmptyPlan())
}

// ExpectUpdateWith is a step's plan checks: the resource at addr is updated in place, and the plan
// passes checks too.
func ExpectUpdateWith(addr string, checks ...plancheck.PlanCheck) resource.ConfigPlanChecks {
	return ExpectPlan(append([]plancheck.PlanCheck{plancheck.ExpectResourceAction(addr, plancheck.ResourceActionUpdate)}, checks...)...)
}

// ExpectUpdateOf is a step's plan checks: the resource at addr is updated in place, changing
// exactly these top-level attributes (see ExpectOnlyChanged).
func ExpectUpdateOf(addr string, attrs ...string) resource.ConfigPlanChecks {
	return ExpectUpdateWith(addr, ExpectOnlyChanged(addr, attrs...))
}

// ExpectChangesOf is a step's plan checks: the planned change of the resource at addr touches
// exactly these top-level attributes, whatever its action.
func ExpectChangesOf(addr string, attrs ...string) resource.ConfigPlanChecks {
	return ExpectPlan(ExpectOnlyChanged(addr, attrs...))
}

// ExpectUnknown is a plan check: the plan leaves the top-level attribute attr of the resource at
// addr unknown until the apply.
func ExpectUnknown(addr, attr string) plancheck.PlanCheck {
	return plancheck.ExpectUnknownValue(addr, tfjsonpath.New(attr))
}

// EmptyPlanStep plans config again after it was applied and expects no change: what the
// provider stored reads back as it was configured.
func EmptyPlanStep(config string) resource.TestStep {
	return resource.TestStep{Config: config, ConfigPlanChecks: ExpectEmptyPlan()}
}

// ImportCommandStep imports the resource at addr by its id with `terraform import`, and verifies
// that the imported state equals the managed one but for the attributes ignored, which the API
// never returns (a secret).
func ImportCommandStep(addr string, ignored ...string) resource.TestStep {
	return resource.TestStep{ResourceName: addr, ImportState: true, ImportStateKind: resource.ImportCommandWithID, ImportStateVerify: true,
		ImportStateVerifyIgnore: ignored}
}

// ImportBlockStep imports the resource at addr by its id with an `import` block, whose plan must
// then be empty.
func ImportBlockStep(addr string) resource.TestStep {
	return resource.TestStep{ResourceName: addr, ImportState: true, ImportStateKind: resource.ImportBlockWithID}
}

// ImportBlockSettingStep imports the resource at addr by its id with an `import` block, whose plan
// then sets the attributes the API could not return (a secret), and changes nothing else.
func ImportBlockSettingStep(addr string, attrs ...string) resource.TestStep {
	return resource.TestStep{
		ResourceName:       addr,
		ImportState:        true,
		ImportStateKind:    resource.ImportBlockWithID,
		ExpectNonEmptyPlan: true,
		ImportPlanChecks:   resource.ImportPlanChecks{PreApply: []plancheck.PlanCheck{ExpectOnlyChanged(addr, attrs...)}},
	}
}

// OutsideTerraform is a step's PreConfig that changes something behind Terraform's back (drift, a
// delete) and fails the test when the change fails.
func OutsideTerraform(t *testing.T, change func() error) func() {
	return func() {
		t.Helper()
		if err := change(); err != nil {
			t.Fatal(err)
		}
	}
}

// CheckFunc is a step's check that asks the API or the emulator and reads nothing of the state.
func CheckFunc(check func() error) resource.TestCheckFunc {
	return func(*terraform.State) error { return check() }
}

// SetID is a step's check that sets *id to the object that replaced the one it named, so that the
// checks after it, and CheckDestroy, ask about the new one.
func SetID(id *string, to string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		*id = to
		return nil
	}
}
