// Package gauth holds the resources and data sources of genesys Authentication (Multicloud CX): API clients, environments, contact centers, data centers and CORS settings.
package gauth

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
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
