// Package authorization holds the resources and data sources of genesys Cloud authorization: roles and their permission policies, divisions, the permission catalogue.
package authorization

import (
	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

// Resources are the area's resource types, for the provider to list.
func Resources() []func() resource.Resource {
	return []func() resource.Resource{
		NewCloudRoleResource,
	}
}

// DataSources are the area's data sources, for the provider to list.
func DataSources() []func() datasource.DataSource {
	return []func() datasource.DataSource{
		NewCloudRoleDataSource,
		NewCloudRolesDataSource,
		NewCloudDivisionDataSource,
		NewCloudPermissionsDataSource,
	}
}

// ListResources are the area's list resources, for the provider to list.
func ListResources() []func() list.ListResource {
	return []func() list.ListResource{
		NewCloudRoleList,
	}
}
