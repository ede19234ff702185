// Package gauth holds the resources and data sources of genesys Authentication (Multicloud CX): API clients, environments, contact centers, data centers and CORS settings.
package gauth

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

// Resources are the area's resource types, for the provider to list.
func Resources() []func() resource.Resource {
	return []func() resource.Resource{
		NewGAuthClientResource,
		NewGAuthEnvironmentResource,
		NewGAuthContactCenterResource,
		NewGAuthDataCenterResource,
		NewGAuthCORSOriginsResource,
	}
}

// DataSources are the area's data sources, for the provider to list.
func DataSources() []func() datasource.DataSource {
	return []func() datasource.DataSource{
		NewGAuthEnvironmentDataSource,
		NewGAuthContactCenterDataSource,
	}
}

// ListResources are the area's list resources, for the provider to list. CORS settings have none:
// they belong to a contact center, one object each, and are adopted with it.
func ListResources() []func() list.ListResource {
	return []func() list.ListResource{
		NewGAuthClientList,
		NewGAuthEnvironmentList,
		NewGAuthContactCenterList,
		NewGAuthDataCenterList,
	}
}
