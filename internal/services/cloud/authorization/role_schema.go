package authorization

import (
	"github.com/ccaas-tf/terraform-provider-genesys/internal/kit"
	"github.com/hashicorp/terraform-plugin-framework-validators/listvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/setvalidator"
	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/setdefault"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// Enumerations of the permission-policy condition model (CONTRACT.md A.3).
var (
	conditionConjunctions = []string{"AND", "OR"}
	conditionOperators    = []string{"EQ", "IN", "GE", "GT", "LE", "LT"}
	conditionOperandTypes = []string{"SCALAR", "VARIABLE", "USER", "TEAM", "QUEUE"}
)

func cloudRoleSchema() schema.Schema {
	return schema.Schema{
		MarkdownDescription: "A Genesys Cloud authorization role: a named set of permission policies that can be granted " +
			"to users and OAuth clients. With `default_role_id` the resource adopts one of the org's built-in roles " +
			"(such as `employee`) instead of creating one, and destroy restores that role's defaults instead of deleting it.\n\n" +
			"**Eventual consistency (real-org rule R4).** Genesys Cloud shows a change only after a while: a new role may " +
			"answer `404` and cannot yet be granted to an OAuth client, and a deleted one may still answer. Within the " +
			"provider's `consistency_timeout` (default 5 minutes) of the create, reads, updates and deletes wait for the role " +
			"to show instead of taking it for deleted; an OAuth client granted the role in the same run waits until the role " +
			"can be granted; a delete the API answers with success is final, and a role of the same name can be created " +
			"again at once, although lists may still show the deleted one. Every wait ends as soon as the API shows the change. " +
			"A role deleted outside Terraform within that time of its create is found missing only when the time is up, " +
			"unless a refresh has seen it since.\n\n" +
			"API: `POST/GET/PUT/DELETE /api/v2/authorization/roles`, `PUT /api/v2/authorization/roles/default`, " +
			"`GET /api/v2/authorization/permissions` (the catalogue, read once per run). " +
			"Permissions: " + kit.Permissions(permRoleAdd, permRoleView, permRoleEdit, permRoleDelete) + ".\n\n" +
			"How real orgs behave, and what the resource does about it:\n\n" +
			"- **Wildcards are expanded.** Genesys Cloud no longer stores `*` in a policy: it stores one policy per entity " +
			"for `entity_name = \"*\"` and every action of the entity for `action_set = [\"*\"]`. The plan shows what the " +
			"policies will grant in `effective_permissions`, expanded from the org's permission catalogue, and the state keeps " +
			"the configured `*` as long as the role grants exactly that expansion, so a configuration with `*` plans clean.\n" +
			"- **Policies outside the catalogue are refused at plan.** Genesys Cloud accepts a policy for a domain, entity or " +
			"action its catalogue lacks (a typo, or a product the org is not licensed for) and silently does not store it. " +
			"Every policy is checked against the catalogue at plan time, before any change is made, with an error on the " +
			"offending attribute and the closest catalogue name as a suggestion. Conditions are accepted only on " +
			"permissions whose catalogue entry allows them (see the `genesys_cloud_permissions` data source).\n" +
			"- **Built-in roles keep their names.** A role adopted with `default_role_id` cannot be renamed in Genesys " +
			"Cloud: a `name` other than the built-in role's is a plan-time error.",
		Attributes: map[string]schema.Attribute{
			"id": kit.IDAttribute("Role id (a UUID)."),
			"name": schema.StringAttribute{
				Required:            true,
				MarkdownDescription: "Role name, unique in the org: at most 255 characters, not blank, no control characters. A built-in role (`default_role_id`) keeps its name.",
				Validators:          kit.NameValidators(),
			},
			"description": kit.DescriptionAttribute(),
			"permissions": schema.SetAttribute{
				ElementType:         types.StringType,
				Optional:            true,
				Computed:            true,
				Default:             setdefault.StaticValue(types.SetValueMust(types.StringType, []attr.Value{})),
				MarkdownDescription: "Simple (legacy) permissions such as `group_creation`. Default: none.",
				Validators:          []validator.Set{setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1))},
			},
			"permission_policies": schema.SetNestedAttribute{
				Optional: true,
				Computed: true,
				Default:  setdefault.StaticValue(types.SetValueMust(types.ObjectType{AttrTypes: permissionPolicyAttrTypes}, []attr.Value{})),
				MarkdownDescription: "Permission policies: each grants actions on one entity of one domain, optionally " +
					"narrowed by conditions. The catalogue of domains, entities and actions comes from the " +
					"`genesys_cloud_permissions` data source. Default: none.",
				NestedObject: schema.NestedAttributeObject{Attributes: permissionPolicySchema()},
			},
			"effective_permissions": schema.SetAttribute{
				ElementType: types.StringType,
				Computed:    true,
				MarkdownDescription: "What the permission policies grant, as `domain:entity:action` names with wildcards " +
					"expanded from the org's permission catalogue, the way Genesys Cloud stores them. Known at plan time " +
					"once the policies are; conditions still narrow the policies that carry them. Legacy `permissions` are not included.",
			},
			"default_role_id": schema.StringAttribute{
				Optional: true,
				MarkdownDescription: "Adopt the org's built-in role with this default role id (such as `employee` or `admin`) " +
					"instead of creating a role. Its description and permissions are then managed by Terraform; its name " +
					"cannot change, so `name` must be the built-in role's. Destroy " +
					"restores the built-in defaults instead of deleting it. Changing it replaces the resource.",
				Validators:    []validator.String{stringvalidator.LengthAtLeast(1)},
				PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()},
			},
		},
	}
}

func permissionPolicySchema() map[string]schema.Attribute {
	return map[string]schema.Attribute{
		"domain": schema.StringAttribute{
			Required:            true,
			MarkdownDescription: "Permission domain, such as `directory`, `routing` or `analytics`.",
			Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
		},
		"entity_name": schema.StringAttribute{
			Required:            true,
			MarkdownDescription: "Entity within the domain, such as `user` or `queue`; `*` means every entity.",
			Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
		},
		"action_set": schema.SetAttribute{
			ElementType:         types.StringType,
			Required:            true,
			MarkdownDescription: "Actions granted, such as `view`, `add`, `edit`; `*` means every action. At least one.",
			Validators: []validator.Set{
				setvalidator.SizeAtLeast(1),
				setvalidator.ValueStringsAre(stringvalidator.LengthAtLeast(1)),
			},
		},
		"conditions": schema.SingleNestedAttribute{
			Optional: true,
			MarkdownDescription: "Narrows the policy to objects matching conditions (only for permissions whose catalogue " +
				"entry allows conditions).",
			Attributes: map[string]schema.Attribute{
				"conjunction": schema.StringAttribute{
					Required:            true,
					MarkdownDescription: "How the terms combine: `AND` or `OR`.",
					Validators:          []validator.String{stringvalidator.OneOf(conditionConjunctions...)},
				},
				"terms": schema.ListNestedAttribute{
					Required:            true,
					MarkdownDescription: "The conditions. At least one.",
					Validators:          []validator.List{listvalidator.SizeAtLeast(1)},
					NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
						"variable_name": schema.StringAttribute{
							Required:            true,
							MarkdownDescription: "Variable the condition tests, such as `Queue.id` or `Division.id`.",
							Validators:          []validator.String{stringvalidator.LengthAtLeast(1)},
						},
						"operator": schema.StringAttribute{
							Required:            true,
							MarkdownDescription: "Comparison: `EQ`, `IN`, `GE`, `GT`, `LE` or `LT`.",
							Validators:          []validator.String{stringvalidator.OneOf(conditionOperators...)},
						},
						"operands": schema.ListNestedAttribute{
							Required:            true,
							MarkdownDescription: "Values compared with the variable. At least one.",
							Validators:          []validator.List{listvalidator.SizeAtLeast(1)},
							NestedObject: schema.NestedAttributeObject{Attributes: map[string]schema.Attribute{
								"type": schema.StringAttribute{
									Required: true,
									MarkdownDescription: "Operand type: `SCALAR` (set `value`), `VARIABLE` (`value` optional: " +
										"real orgs take a `VARIABLE` operand without one), `USER` (set `user_id`), " +
										"`QUEUE` (set `queue_id`) or `TEAM` (set `team_id`).",
									Validators: []validator.String{stringvalidator.OneOf(conditionOperandTypes...)},
								},
								"value":    schema.StringAttribute{Optional: true, MarkdownDescription: "Value of a `SCALAR` operand, or of a `VARIABLE` operand that has one."},
								"user_id":  schema.StringAttribute{Optional: true, MarkdownDescription: "User id of a `USER` operand."},
								"queue_id": schema.StringAttribute{Optional: true, MarkdownDescription: "Queue id of a `QUEUE` operand."},
								"team_id":  schema.StringAttribute{Optional: true, MarkdownDescription: "Team id of a `TEAM` operand."},
							}},
						},
					}},
				},
			},
		},
	}
}
