package gauth

import (
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// gauthScopeValidator accepts the one scope GAuth supports, "*" (CONTRACT B.2).
func gauthScopeValidator() validator.String {
	return stringvalidator.OneOf("*")
}
