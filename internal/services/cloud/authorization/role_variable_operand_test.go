package authorization_test

import (
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

// REAL-ORG-BEHAVIOUR R7: the official provider applies `operands { type = "VARIABLE" }` without a
// value against a real org; so does this one, with no diff afterwards.
func TestAccCloudRole_variableOperandWithoutValue(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	config := acctest.RolePoliciesConfig(env, "Variable operand",
		acctest.ConditionedPolicy("Conversation.queues", "IN", `{ type = "VARIABLE" }`))
	// A fresh path per field: extending one shared path would reuse its backing array.
	operand := func(field string) tfjsonpath.Path {
		return tfjsonpath.New("permission_policies").AtSliceIndex(0).AtMapKey("conditions").AtMapKey("terms").
			AtSliceIndex(0).AtMapKey("operands").AtSliceIndex(0).AtMapKey(field)
	}
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{
			{
				Config: config,
				ConfigStateChecks: []statecheck.StateCheck{
					statecheck.ExpectKnownValue(acctest.RoleAddr, operand("type"), knownvalue.StringExact("VARIABLE")),
					statecheck.ExpectKnownValue(acctest.RoleAddr, operand("value"), knownvalue.Null()),
				},
			},
			acctest.EmptyPlanStep(config),
		},
	})
}
