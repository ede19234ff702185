package kit

import (
	"context"
	"iter"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
)

var _ list.ListResourceWithConfigure = (*ListResource[struct{}, struct{}, struct{}])(nil)

// ListResource is the list resource (`terraform query`, Terraform 1.14 and later) of a resource
// type: the objects of type T that Objects yields for the configuration C (its filters), each
// with its identity and, with `include_resource`, the model M its resource's Read stores after an
// import. A type's list file only fills it in.
type ListResource[C, T, M any] struct {
	// Resource is the resource type listed, for its type name and its Configure; Objects reads
	// its client once it is configured.
	Resource resource.ResourceWithConfigure
	// Schema is the configuration's schema, and its MarkdownDescription the list's docs.
	Schema schema.Schema
	// Objects lists the objects config selects.
	Objects func(ctx context.Context, config C) iter.Seq2[*T, error]
	// What and Permission name a failed listing, for AddAPIError ("list data centers").
	What, Permission string
	// Listed returns the object's id (its identity) and the name Terraform shows for it.
	Listed func(*T) (id, displayName string)
	// FromAPI is the resource's conversion of the object into its model, the one Read uses.
	FromAPI func(*M, context.Context, *T) diag.Diagnostics
}

func (l *ListResource[C, T, M]) Metadata(ctx context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	l.Resource.Metadata(ctx, req, resp)
}

func (l *ListResource[C, T, M]) Configure(ctx context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	l.Resource.Configure(ctx, req, resp)
}

func (l *ListResource[C, T, M]) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = l.Schema
}

func (l *ListResource[C, T, M]) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	var config C
	if diags := GetConfig(ctx, req.Config, &config); diags.HasError() {
		stream.Results = list.ListResultsStreamDiagnostics(diags)
		return
	}
	stream.Results = l.results(ctx, req, config)
}

// ListFilter is an optional string attribute of a list's configuration that narrows the listing,
// documented by doc; an empty string, which would select nothing or everything by accident, is
// refused.
func ListFilter(doc string) schema.StringAttribute {
	return schema.StringAttribute{
		Optional:            true,
		MarkdownDescription: doc,
		Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
	}
}
