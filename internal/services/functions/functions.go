// Package functions holds the provider-defined functions (Terraform 1.8+): pure conversions that
// need no configured provider, so consultants can template one configuration onto orgs of any
// region.
package functions

import "github.com/hashicorp/terraform-plugin-framework/function"

// Functions returns the constructors of every provider-defined function, for the provider's
// Functions method.
func Functions() []func() function.Function {
	return []func() function.Function{
		NewRegionDomainFunction,
		NewRegionAPIURLFunction,
		NewRegionLoginURLFunction,
	}
}
