package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/int64validator"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/provider/schema"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// Environment variables the provider reads. The Genesys Cloud names are the ones users of the
// official genesyscloud provider already have set.
//
//nolint:gosec // G101: names of environment variables, not credentials.
const (
	envCloudRegion       = "GENESYSCLOUD_REGION"
	envCloudClientID     = "GENESYSCLOUD_OAUTHCLIENT_ID"
	envCloudClientSecret = "GENESYSCLOUD_OAUTHCLIENT_SECRET"
	envCloudAccessToken  = "GENESYSCLOUD_ACCESS_TOKEN"
	envCloudAPIURL       = "GENESYSCLOUD_API_URL"
	envCloudLoginURL     = "GENESYSCLOUD_LOGIN_URL"

	envCloudConsistencyTimeout = "GENESYSCLOUD_CONSISTENCY_TIMEOUT"
	envCloudMaxTokens          = "GENESYSCLOUD_MAX_TOKENS"

	envGAuthURL          = "GENESYS_GAUTH_URL"
	envGAuthClientID     = "GENESYS_GAUTH_CLIENT_ID"
	envGAuthClientSecret = "GENESYS_GAUTH_CLIENT_SECRET"
	envGAuthOpsUsername  = "GENESYS_GAUTH_OPS_USERNAME"
	envGAuthOpsPassword  = "GENESYS_GAUTH_OPS_PASSWORD"
)

// Default client-side request budgets. Genesys Cloud allows 300 requests a minute per
// client-credentials token; GAuth documents no limit.
const (
	defaultCloudRequestsPerMinute = 300
	defaultGAuthRequestsPerMinute = 0
)

// defaultCloudMaxTokens is how many client-credentials tokens a large run may hold at once: a
// threefold throughput at most, a few tokens more in the org's token list for an hour, well
// below the ten the official provider fetches up front.
const defaultCloudMaxTokens = 3

type providerModel struct {
	Cloud *cloudConfigModel `tfsdk:"cloud"`
	GAuth *gauthConfigModel `tfsdk:"gauth"`
}

type cloudConfigModel struct {
	Region       types.String `tfsdk:"region"`
	ClientID     types.String `tfsdk:"client_id"`
	ClientSecret types.String `tfsdk:"client_secret"`
	APIURL       types.String `tfsdk:"api_url"`
	LoginURL     types.String `tfsdk:"login_url"`
	MaxRequests  types.Int64  `tfsdk:"max_requests_per_minute"`
	MaxTokens    types.Int64  `tfsdk:"max_tokens"`

	AccessToken        types.String `tfsdk:"access_token"`
	GrantRolesToUser   types.Bool   `tfsdk:"grant_roles_to_user"`
	ConsistencyTimeout types.String `tfsdk:"consistency_timeout"`
}

type gauthConfigModel struct {
	URL          types.String `tfsdk:"url"`
	ClientID     types.String `tfsdk:"client_id"`
	ClientSecret types.String `tfsdk:"client_secret"`
	OpsUsername  types.String `tfsdk:"ops_username"`
	OpsPassword  types.String `tfsdk:"ops_password"`
	MaxRequests  types.Int64  `tfsdk:"max_requests_per_minute"`
}

func (p *genesysProvider) Schema(_ context.Context, _ provider.SchemaRequest, resp *provider.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Manages Genesys Cloud authorization roles and OAuth clients, and the Genesys Multicloud CX " +
			"authentication service (GAuth) API clients, environments, contact centers, data centers and CORS settings. " +
			"Configure the `cloud` block, the `gauth` block, or both; every setting can also come from the environment. " +
			"The provider makes no API call until a resource or data source needs one, so `terraform validate` works offline.",
		Blocks: map[string]schema.Block{
			"cloud": schema.SingleNestedBlock{
				MarkdownDescription: "Genesys Cloud (Platform API v2) connection. The provider authenticates with the " +
					"OAuth client-credentials grant (`client_id`, `client_secret`), or with a user's token (`access_token`); " +
					"the client's roles, or the user's, must hold the permissions each resource lists. Genesys Cloud grants " +
					"an OAuth client only roles the caller already holds: see `grant_roles_to_user`.",
				Attributes: map[string]schema.Attribute{
					"region": schema.StringAttribute{
						Optional: true,
						MarkdownDescription: "Region of the org, as an AWS-style name (`us-east-1`) or as its domain " +
							"(`mypurecloud.com`). One of: " + strings.Join(genesyscloud.Regions(), ", ") +
							". Default from `" + envCloudRegion + "`. Not needed when `api_url` and `login_url` are set.",
						Validators: []validator.String{regionValidator},
					},
					"client_id": schema.StringAttribute{
						Optional: true,
						MarkdownDescription: "OAuth client id (client-credentials grant). Default from `" + envCloudClientID + "`. " +
							"Not with `access_token`.",
					},
					"client_secret": schema.StringAttribute{
						Optional:            true,
						Sensitive:           true,
						MarkdownDescription: "OAuth client secret. Default from `" + envCloudClientSecret + "`.",
					},
					"access_token": schema.StringAttribute{
						Optional:  true,
						Sensitive: true,
						MarkdownDescription: "A user's access token, obtained by signing in (authorization-code grant), used as " +
							"it is instead of `client_id` and `client_secret` (set one or the other, not both). Default from `" +
							envCloudAccessToken + "`. The provider cannot renew it: when it expires, calls fail with `401` " +
							"until a new one is set. Running as a user, such as a Master Admin, is how a configuration that " +
							"creates a role and grants it to a new OAuth client can apply in one run (with `grant_roles_to_user`).",
					},
					"grant_roles_to_user": schema.BoolAttribute{
						Optional: true,
						MarkdownDescription: "Opt-in, off by default. Genesys Cloud grants an OAuth client only roles the " +
							"caller already holds. With this set and a user's `access_token`, the provider first adds the roles " +
							"a `genesys_cloud_oauth_client` is to be granted to **that user's own roles** (`PUT " +
							"/api/v2/users/{id}/roles`), waits until the grant shows, then creates or updates the client. " +
							"The user keeps those roles afterwards: Terraform neither tracks nor removes them, so review the " +
							"user's roles in the admin UI after on-boarding. It has no effect with client credentials, " +
							"which can grant only roles an administrator granted their OAuth client beforehand. The API " +
							"replaces a user's whole role list, so two runs granting roles to the same user at the same " +
							"time can undo each other's grant: run them one after the other, or give each its own user.",
					},
					"api_url": schema.StringAttribute{
						Optional: true,
						MarkdownDescription: "Override of the API base URL (a proxy, or `genesys-emulator`), e.g. " +
							"`http://127.0.0.1:8080`. Default from `" + envCloudAPIURL + "`, else `https://api.<region domain>`. " +
							"Plain `http` is accepted only for loopback addresses.",
						Validators: []validator.String{baseURLValidator},
					},
					"login_url": schema.StringAttribute{
						Optional: true,
						MarkdownDescription: "Override of the login (token) base URL; the token endpoint is `<login_url>/oauth/token`. " +
							"Default from `" + envCloudLoginURL + "`, else `https://login.<region domain>`, or `api_url` when only that is set.",
						Validators: []validator.String{baseURLValidator},
					},
					"max_requests_per_minute": schema.Int64Attribute{
						Optional: true,
						MarkdownDescription: fmt.Sprintf("Most requests the provider sends to Genesys Cloud in any minute with one token "+
							"(see `max_tokens`); `0` sets no client-side budget. Default `%d`, the API's limit per client-credentials token. "+
							"Real orgs report nothing else to pace by (the `inin-ratelimit-*` headers are gone since 2021): "+
							"the provider keeps to this budget and, after a `429`, holds every request until its `Retry-After`. "+
							"Lower it when other tools share the OAuth client's limit. The token endpoint's own limit "+
							"(`400 invalid_request` \"rate limit exceeded\") is waited out for up to a minute.", defaultCloudRequestsPerMinute),
						Validators: []validator.Int64{int64validator.AtLeast(0)},
					},
					"max_tokens": schema.Int64Attribute{
						Optional: true,
						MarkdownDescription: fmt.Sprintf("Most client-credentials tokens of the OAuth client the provider holds at once. "+
							"It starts with one and fetches another only while requests wait on the budget "+
							"(`max_requests_per_minute`) of every token it holds, so small runs use one token; each token has "+
							"its own budget, as Genesys Cloud limits requests per token. What it does to the org: up to this many "+
							"concurrent tokens of the same OAuth client (each listed under the client's active tokens until it expires), "+
							"and up to this many times the budget in requests per minute from that client. If the org limits the "+
							"client rather than each token (a new token throttled as soon as an older one is), the provider goes back to "+
							"one token and says so in the log. `1` keeps to one token. Default from `%s`, else `%d`. "+
							"Ignored with `access_token`.", envCloudMaxTokens, defaultCloudMaxTokens),
						Validators: []validator.Int64{int64validator.AtLeast(1)},
					},
					"consistency_timeout": schema.StringAttribute{
						Optional: true,
						MarkdownDescription: "How long the provider waits for Genesys Cloud to show its own changes, as a " +
							"duration such as `5m` or `90s`. Genesys Cloud is eventually consistent: for a while after a create, " +
							"the new role or OAuth client may answer `404` and cannot yet be granted; for a while after a delete, it may " +
							"still answer. Within this time of a create, reads, updates and deletes wait for the object to show, and an " +
							"OAuth client granted a role created in the same run waits for the role; a delete the API answers with " +
							"success is final, while reads may still show the object for a while. Every wait ends as soon as the API shows the change, so a longer timeout costs time only when the " +
							"org lags that long. Default from `" + envCloudConsistencyTimeout + "`, else `5m`, as long as the official provider retries reads; `0s` waits for nothing.",
						Validators: []validator.String{durationValidator},
					},
				},
			},
			"gauth": schema.SingleNestedBlock{
				MarkdownDescription: "Genesys Multicloud CX authentication service (GAuth, private edition) connection.",
				Attributes: map[string]schema.Attribute{
					"url": schema.StringAttribute{
						Optional: true,
						MarkdownDescription: "Base URL of the GAuth ingress, serving `/auth/v3` and `/environment/v3`, e.g. " +
							"`https://gauth.example.com`. Default from `" + envGAuthURL + "`. Plain `http` only for loopback addresses.",
						Validators: []validator.String{baseURLValidator},
					},
					"client_id": schema.StringAttribute{
						Optional: true,
						MarkdownDescription: "API client (authority `ROLE_INTERNAL_CLIENT`) whose client-credentials token calls " +
							"`/environment/v3`. Default from `" + envGAuthClientID + "`. Without it the ops credentials are used there too.",
					},
					"client_secret": schema.StringAttribute{
						Optional:            true,
						Sensitive:           true,
						MarkdownDescription: "Secret of `client_id`. Default from `" + envGAuthClientSecret + "`.",
					},
					"ops_username": schema.StringAttribute{
						Optional: true,
						MarkdownDescription: "Ops user (Helm `services.secret.admin_username`) for HTTP Basic on `/auth/v3/ops` " +
							"(API clients) and data centers. Default from `" + envGAuthOpsUsername + "`.",
					},
					"ops_password": schema.StringAttribute{
						Optional:            true,
						Sensitive:           true,
						MarkdownDescription: "Ops password (Helm `services.secret.admin_password`). Default from `" + envGAuthOpsPassword + "`.",
					},
					"max_requests_per_minute": schema.Int64Attribute{
						Optional: true,
						MarkdownDescription: fmt.Sprintf("Most requests the provider sends to GAuth in any minute, whichever "+
							"credentials a request uses; `0` sets no client-side budget. Default `%d`: GAuth documents no rate limit. "+
							"A `429` answer's `Retry-After` is honoured either way.", defaultGAuthRequestsPerMinute),
						Validators: []validator.Int64{int64validator.AtLeast(0)},
					},
				},
			},
		},
	}
}
