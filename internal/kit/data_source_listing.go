package kit

import (
	"cmp"
	"iter"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

// Listed is what a plural data source (genesys_cloud_roles, ...) shows of a listing: each object
// as its element model L, sorted by name and then by id, so that the list is stable from one run
// to the next whatever order the API answers in. A failed listing adds an error (AddAPIError, with
// what and permission) and returns nil; element's diagnostics are added as they come.
func Listed[T, L any](diags *diag.Diagnostics, objects iter.Seq2[*T, error], what, permission string,
	element func(*T) (L, diag.Diagnostics), nameAndID func(*L) (string, string),
) []L {
	listed := []L{}
	for object, err := range objects {
		if err != nil {
			AddAPIError(diags, what, permission, err)
			return nil
		}
		l, d := element(object)
		diags.Append(d...)
		listed = append(listed, l)
	}
	slices.SortFunc(listed, func(a, b L) int {
		aName, aID := nameAndID(&a)
		bName, bID := nameAndID(&b)
		return cmp.Or(cmp.Compare(aName, bName), cmp.Compare(aID, bID))
	})
	return listed
}

// DataSourceFilter is ListFilter for a data source's configuration: an optional string that
// narrows the listing, documented by doc; an empty string is refused.
func DataSourceFilter(doc string) schema.StringAttribute {
	return schema.StringAttribute{
		Optional:            true,
		MarkdownDescription: doc,
		Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
	}
}
