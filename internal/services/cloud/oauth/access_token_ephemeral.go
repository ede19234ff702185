package oauth

import (
	"context"
	"fmt"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/ephemeral"
	"github.com/hashicorp/terraform-plugin-framework/ephemeral/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
)

var _ ephemeral.EphemeralResourceWithConfigure = (*cloudAccessTokenEphemeral)(nil)

// NewCloudAccessTokenEphemeral is the genesys_cloud_access_token ephemeral resource.
func NewCloudAccessTokenEphemeral() ephemeral.EphemeralResource { return &cloudAccessTokenEphemeral{} }

// cloudAccessTokenEphemeral signs in as an OAuth client with the client-credentials grant: the
// token it returns is in no plan and no state.
type cloudAccessTokenEphemeral struct {
	client *genesyscloud.Client
	cloud  *kit.Cloud
}

type cloudAccessTokenModel struct {
	ClientID     types.String `tfsdk:"client_id"`
	ClientSecret types.String `tfsdk:"client_secret"`
	AccessToken  types.String `tfsdk:"access_token"`
}

// signInBackoff paces the sign-ins of a client this run created, which the org may not know yet.
var signInBackoff = kit.Backoff{First: 500 * time.Millisecond, Max: 5 * time.Second}

// signInWindow bounds those retries: a wrong secret of a new client is reported after it, and
// nothing public says how long a new client takes to sign in, if it takes any time at all.
const signInWindow = 30 * time.Second

func (e *cloudAccessTokenEphemeral) Metadata(_ context.Context, req ephemeral.MetadataRequest, resp *ephemeral.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_cloud_access_token"
}

func (e *cloudAccessTokenEphemeral) Schema(_ context.Context, _ ephemeral.SchemaRequest, resp *ephemeral.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "A Genesys Cloud access token for an OAuth client, from the client-credentials grant at the " +
			"provider's login URL (`POST /oauth/token`). It is never stored in a plan or the state (Terraform 1.10 and " +
			"later). Use it to prove that a client handed over to a partner can sign in (a `check` block, or a " +
			"precondition), or to configure another provider as that client. A client this configuration has just " +
			"created may not be known to the org at once: its refused sign-ins are retried for up to 30 seconds " +
			"(within the provider's `consistency_timeout`); a refusal of any other client is reported at once.",
		Attributes: map[string]schema.Attribute{
			"client_id": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "The OAuth client's id, such as `genesys_cloud_oauth_client.partner.id`.",
			},
			"client_secret": schema.StringAttribute{
				Required:            true,
				Sensitive:           true,
				MarkdownDescription: "The OAuth client's secret, such as `genesys_cloud_oauth_client.partner.client_secret`.",
			},
			"access_token": schema.StringAttribute{
				Computed:            true,
				Sensitive:           true,
				MarkdownDescription: "The access token, for `Authorization: Bearer`.",
			},
		},
	}
}

func (e *cloudAccessTokenEphemeral) Configure(_ context.Context, req ephemeral.ConfigureRequest, resp *ephemeral.ConfigureResponse) {
	if e.cloud = kit.ConfiguredCloud(req.ProviderData, &resp.Diagnostics); e.cloud != nil {
		e.client = e.cloud.Client
	}
}

func (e *cloudAccessTokenEphemeral) Open(ctx context.Context, req ephemeral.OpenRequest, resp *ephemeral.OpenResponse) {
	var m cloudAccessTokenModel
	resp.Diagnostics.Append(kit.GetConfig(ctx, req.Config, &m)...)
	if resp.Diagnostics.HasError() || e.client == nil {
		return
	}
	id := m.ClientID.ValueString()
	var token string
	err := kit.RetryUntil(ctx, signInBackoff, func(err error) time.Time {
		if genesyscloud.IsSignInRefused(err) {
			return e.cloud.Settle.Created.WindowEnd(id, min(e.cloud.Settle.Window, signInWindow))
		}
		return time.Time{}
	}, func(ctx context.Context) error {
		var err error
		token, err = e.client.SignIn(ctx, id, m.ClientSecret.ValueString())
		return err
	})
	if err != nil {
		resp.Diagnostics.AddAttributeError(path.Root("client_id"), "OAuth Client Cannot Sign In",
			fmt.Sprintf("The OAuth client %s could not get a token with the client-credentials grant: %v", id, err))
		return
	}
	m.AccessToken = types.StringValue(token)
	resp.Diagnostics.Append(resp.Result.Set(ctx, &m)...)
}
