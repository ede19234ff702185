package emulator

import (
	"fmt"
	"slices"
	"strings"
)

// permissionPolicy is a DomainPermissionPolicy of a role (CONTRACT A.3).
type permissionPolicy struct {
	Domain                string         `json:"domain"`
	EntityName            string         `json:"entityName"`
	ActionSet             []string       `json:"actionSet"`
	PolicyName            string         `json:"policyName,omitempty"`
	PolicyDescription     string         `json:"policyDescription,omitempty"`
	NamedResources        []string       `json:"namedResources,omitempty"`
	AllowConditions       bool           `json:"allowConditions"`
	ResourceConditionNode *conditionNode `json:"resourceConditionNode,omitempty"`
}

// conditionNode is a DomainResourceConditionNode: a conjunction of terms, or a leaf comparing a
// variable with operands.
type conditionNode struct {
	VariableName string           `json:"variableName,omitempty"`
	Operator     string           `json:"operator,omitempty"`
	Operands     []conditionValue `json:"operands,omitempty"`
	Conjunction  string           `json:"conjunction,omitempty"`
	Terms        []conditionNode  `json:"terms,omitempty"`
}

// conditionValue is a DomainResourceConditionValue.
type conditionValue struct {
	Type  string     `json:"type"`
	Value string     `json:"value,omitempty"`
	User  *entityRef `json:"user,omitempty"`
	Queue *entityRef `json:"queue,omitempty"`
	Team  *entityRef `json:"team,omitempty"`
}

// entityRef points at another object.
type entityRef struct {
	ID      string `json:"id"`
	Name    string `json:"name,omitempty"`
	SelfURI string `json:"selfUri,omitempty"`
}

// The enums of a resource condition (CONTRACT A.3); anything else answers 400 invalid.value.
var (
	conditionOperators    = []string{"EQ", "IN", "GE", "GT", "LE", "LT"}
	conditionConjunctions = []string{"AND", "OR"}
	conditionValueTypes   = []string{"SCALAR", "VARIABLE", "USER", "TEAM", "QUEUE"}
)

// annotate returns a copy of the policies with allowConditions filled from the catalogue, the way
// the service populates it.
func (pc permissionCatalogue) annotate(policies []permissionPolicy) []permissionPolicy {
	out := make([]permissionPolicy, len(policies))
	for i, p := range policies {
		p.AllowConditions = pc.allowsConditions(p.Domain, p.EntityName, p.ActionSet)
		out[i] = p
	}
	return out
}

func validatePolicies(policies []permissionPolicy) *errorBody {
	for i, p := range policies {
		field := fmt.Sprintf("permissionPolicies[%d]", i)
		if p.Domain == "" || p.EntityName == "" || len(p.ActionSet) == 0 {
			return errBadRequest(field + " needs a domain, an entityName and at least one action in actionSet.")
		}
		if p.ResourceConditionNode != nil {
			if e := validateCondition(*p.ResourceConditionNode, field+".resourceConditionNode"); e != nil {
				return e
			}
		}
	}
	return nil
}

func validateCondition(n conditionNode, field string) *errorBody {
	if e := checkEnum(field+".operator", n.Operator, conditionOperators, false); e != nil {
		return e
	}
	if e := checkEnum(field+".conjunction", n.Conjunction, conditionConjunctions, false); e != nil {
		return e
	}
	for i, v := range n.Operands {
		if e := checkEnum(fmt.Sprintf("%s.operands[%d].type", field, i), v.Type, conditionValueTypes, true); e != nil {
			return e
		}
	}
	for i, t := range n.Terms {
		if e := validateCondition(t, fmt.Sprintf("%s.terms[%d]", field, i)); e != nil {
			return e
		}
	}
	return nil
}

// checkEnum answers invalid.value for a value outside allowed; an empty value passes unless required.
func checkEnum(field, value string, allowed []string, required bool) *errorBody {
	if (value == "" && !required) || slices.Contains(allowed, value) {
		return nil
	}
	return errInvalidValue(field, value, strings.Join(allowed, ", "))
}

// grants reports whether the policy covers a "domain:entity:action" permission, wildcards included.
func (p permissionPolicy) grants(permission string) bool {
	parts := strings.Split(permission, ":")
	if len(parts) != 3 || p.Domain != parts[0] {
		return false
	}
	return (p.EntityName == "*" || p.EntityName == parts[1]) &&
		(slices.Contains(p.ActionSet, "*") || slices.Contains(p.ActionSet, parts[2]))
}
