package kit

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

// TypeName is a resource type's name after the provider's and an underscore ("gauth_data_center"
// in genesys_gauth_data_center). Embedded in the resource bases, it answers Metadata, so that each
// type states its name once, where its constructor fills in its base.
type TypeName string

func (n TypeName) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_" + string(n)
}

// DataSourceTypeName is TypeName for data sources, embedded in the data source bases.
type DataSourceTypeName string

func (n DataSourceTypeName) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_" + string(n)
}

// Resource is what every resource type is through its base (CloudResource, GAuthResource):
// configured by the provider, imported by id or natural key, identified by its id. Each resource
// file asserts it of its type, with the optional interfaces the type adds.
type Resource interface {
	resource.ResourceWithConfigure
	resource.ResourceWithImportState
	resource.ResourceWithIdentity
}
