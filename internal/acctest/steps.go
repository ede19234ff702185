package acctest

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
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

// EmptyPlanStep plans config again after it was applied and expects no change: what the
// provider stored reads back as it was configured.
func EmptyPlanStep(config string) resource.TestStep {
	return resource.TestStep{
		Config:           config,
		ConfigPlanChecks: resource.ConfigPlanChecks{PreApply: []plancheck.PlanCheck{plancheck.ExpectEmptyPlan()}},
	}
}

// ImportCommandStep imports the resource at addr by its id with `terraform import`, and verifies
// that the imported state equals the managed one.
func ImportCommandStep(addr string) resource.TestStep {
	return resource.TestStep{ResourceName: addr, ImportState: true, ImportStateKind: resource.ImportCommandWithID, ImportStateVerify: true}
}

// ImportBlockStep imports the resource at addr by its id with an `import` block, whose plan must
// then be empty.
func ImportBlockStep(addr string) resource.TestStep {
	return resource.TestStep{ResourceName: addr, ImportState: true, ImportStateKind: resource.ImportBlockWithID}
}
