package emulator

import (
	"net/http"
	"strings"
	"testing"
)

// REAL-ORG-BEHAVIOUR R7: an operand of type VARIABLE carries no value; the official provider's
// acceptance test applies one against a real org.
func TestCloudRoleConditionVariableOperandNeedsNoValue(t *testing.T) {
	a := newCloudTestAPI(t, Options{})
	body := `{"name":"Variable operand","permissionPolicies":[{"domain":"analytics","entityName":"conversationDetail",
		"actionSet":["view"],"resourceConditionNode":{"variableName":"Conversation.queues","operator":"IN",
		"operands":[{"type":"VARIABLE"}]}}]}`
	var got role
	r := a.call(http.MethodPost, "/api/v2/authorization/roles", body).expect(http.StatusOK)
	r.decode(&got)
	operands := got.PermissionPolicies[0].ResourceConditionNode.Operands
	if len(operands) != 1 || operands[0].Type != "VARIABLE" || operands[0].Value != "" {
		t.Fatalf("operands = %+v, want one VARIABLE operand without value", operands)
	}
	if strings.Contains(string(r.Raw), `"value"`) {
		t.Errorf("answer invents a value: %s", r.Raw)
	}
}
