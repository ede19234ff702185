package provider

import "github.com/hashicorp/terraform-plugin-testing/compare"

// compareEqual asserts two state values are the same.
var compareEqual = compare.ValuesSame()
