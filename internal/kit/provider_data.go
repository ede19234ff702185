package kit

import (
	"fmt"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// ProviderData is what the provider's Configure hands to resources and data sources: per product,
// its client (so one token per product per provider process), or why it is unavailable.
type ProviderData struct {
	Cloud *Cloud
	GAuth *GAuth
}

// Cloud is the Genesys Cloud part of the provider configuration.
type Cloud struct {
	Client *genesyscloud.Client // nil when Unavailable says why
	// Unavailable names the missing settings; UnknownRegion is set when the region is not one.
	Unavailable   string
	UnknownRegion bool
	// Settle is how the resources wait out the API's lag (REAL-ORG-BEHAVIOUR R4).
	Settle *Consistency
	// Creates keeps the creates of every Genesys Cloud type from adopting each other's objects.
	Creates *CreateClaims
	// GrantRolesToUser is the cloud.grant_roles_to_user opt-in.
	GrantRolesToUser bool

	shared sync.Map // PerConfiguration values
}

// GAuth is the Genesys Authentication part of the provider configuration.
type GAuth struct {
	Client      *gauth.Client // nil when Unavailable says why
	Unavailable string
	// Creates keeps the creates of every GAuth type from adopting each other's objects.
	Creates *CreateClaims

	shared sync.Map // PerConfiguration values
}

// NewCloud returns the configuration of a usable Genesys Cloud client.
func NewCloud(c *genesyscloud.Client, settle *Consistency, grantRolesToUser bool) *Cloud {
	return &Cloud{Client: c, Settle: settle, Creates: &CreateClaims{}, GrantRolesToUser: grantRolesToUser}
}

// NewGAuth returns the configuration of a usable GAuth client.
func NewGAuth(c *gauth.Client) *GAuth {
	return &GAuth{Client: c, Creates: &CreateClaims{}}
}

func (c *Cloud) values() *sync.Map { return &c.shared }
func (g *GAuth) values() *sync.Map { return &g.shared }

// product is a product's configuration, which holds the values of PerConfiguration.
type product interface {
	*Cloud | *GAuth
	values() *sync.Map
}

// PerConfiguration is a value an area builds once per provider configuration and shares between
// its resources and data sources: a read cache, the permission catalogue, who the caller is.
// Terraform configures the provider afresh for every plan and apply, so the value lives as long as
// one command. Declare one as a package variable; the provider itself knows nothing of it.
type PerConfiguration[P product, T any] struct {
	build func(P) T
}

// NewPerConfiguration returns the value that build makes from a product's configuration.
func NewPerConfiguration[P product, T any](build func(P) T) *PerConfiguration[P, T] {
	return &PerConfiguration[P, T]{build: build}
}

// Of returns the value of this configuration, building it at the first call.
func (v *PerConfiguration[P, T]) Of(p P) T {
	once, _ := p.values().LoadOrStore(v, sync.OnceValue(func() T { return v.build(p) }))
	return once.(func() T)() //nolint:forcetypeassert // only this method stores under v
}

// configuredData converts the ProviderData of a Configure request. It returns nil without a
// diagnostic when the provider is not configured yet (validation runs before Configure).
func configuredData(raw any, diags *diag.Diagnostics) *ProviderData {
	if raw == nil {
		return nil
	}
	data, ok := raw.(*ProviderData)
	if !ok {
		diags.AddError("Unexpected Provider Data",
			fmt.Sprintf("Expected *kit.ProviderData, got %T. This is a bug in the provider; please report it.", raw))
		return nil
	}
	return data
}

// cloudClient returns the Genesys Cloud configuration, or adds an error naming the missing settings.
func (d *ProviderData) cloudClient(diags *diag.Diagnostics) *Cloud {
	switch {
	case d.Cloud.Client == nil && d.Cloud.UnknownRegion:
		diags.AddError("Unknown Genesys Cloud Region", d.Cloud.Unavailable)
	case d.Cloud.Client == nil:
		diags.AddError("Genesys Cloud Is Not Configured",
			"This resource manages Genesys Cloud objects, but the provider's cloud block is incomplete. "+d.Cloud.Unavailable)
	}
	return d.Cloud
}

// gauthClient returns the GAuth configuration, or adds an error naming the missing settings.
func (d *ProviderData) gauthClient(diags *diag.Diagnostics) *GAuth {
	if d.GAuth.Client == nil {
		diags.AddError("GAuth Is Not Configured",
			"This resource manages Genesys Authentication (GAuth) objects, but the provider's gauth block is incomplete. "+d.GAuth.Unavailable)
	}
	return d.GAuth
}
