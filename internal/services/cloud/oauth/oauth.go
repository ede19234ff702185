// Package oauth holds the resources and data sources of genesys Cloud OAuth clients, and the caller whose roles they may be granted.
package oauth

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

// Resources are the area's resource types, for the provider to list.
func Resources() []func() resource.Resource {
	return []func() resource.Resource{
		NewCloudOAuthClientResource,
	}
}

// DataSources are the area's data sources, for the provider to list.
func DataSources() []func() datasource.DataSource {
	return []func() datasource.DataSource{
		NewCloudOAuthClientDataSource,
		NewCloudOAuthClientsDataSource,
	}
}

// EphemeralResources are the area's ephemeral resources, for the provider to list.
func EphemeralResources() []func() ephemeral.EphemeralResource {
	return []func() ephemeral.EphemeralResource{
		NewCloudAccessTokenEphemeral,
	}
}

// ListResources are the area's list resources, for the provider to list.
func ListResources() []func() list.ListResource {
	return []func() list.ListResource{
		NewCloudOAuthClientList,
	}
}
