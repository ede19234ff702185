package provider

import (
	"context"
	"encoding/json"
	"math/big"
	"syscall"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
)

// BenchmarkPlanResourceChange measures the provider's share of a `terraform plan -refresh=false`:
// per resource, the calls Terraform makes then (ValidateResourceConfig, UpgradeResourceState and a
// PlanResourceChange whose prior state is what the plan would produce), for a role with three
// permission policies and a client-credentials OAuth client holding it. One op is one role and one
// client, so ns/op over two is the cost per resource.
func BenchmarkPlanResourceChange(b *testing.B) {
	ctx := context.Background()
	env := acctest.NewEnv(b, emulator.DefaultOptions())
	role, err := env.Cloud.CreateRole(ctx, genesyscloud.RoleInput{Name: "Bench role", PermissionPolicies: []genesyscloud.PermissionPolicy{
		{Domain: "analytics", EntityName: "userObservation", ActionSet: []string{"view"}},
	}})
	if err != nil {
		b.Fatal(err)
	}

	srv, schemas := configuredServer(b, env)

	str := func(s string) tftypes.Value { return tftypes.NewValue(tftypes.String, s) }
	roleType := typeOf[tftypes.Object](b, schemas.ResourceSchemas["genesys_cloud_role"].ValueType())
	policiesType := typeOf[tftypes.Set](b, roleType.AttributeTypes["permission_policies"])
	policyType := typeOf[tftypes.Object](b, policiesType.ElementType)
	actions := policyType.AttributeTypes["action_set"]
	policy := func(domain, entity, action string) tftypes.Value {
		return objectValue(policyType, map[string]tftypes.Value{
			"domain": str(domain), "entity_name": str(entity),
			"action_set": tftypes.NewValue(actions, []tftypes.Value{str(action)}),
		})
	}
	roleConfig := objectValue(roleType, map[string]tftypes.Value{
		"name":        str("Bench role"),
		"description": str("Least-privilege role of an integration"),
		"permission_policies": tftypes.NewValue(policiesType, []tftypes.Value{
			policy("analytics", "userObservation", "view"),
			policy("wfm", "schedule", "administer"),
			policy("wfm", "activityCode", "administer"),
		}),
	})
	clientType := typeOf[tftypes.Object](b, schemas.ResourceSchemas["genesys_cloud_oauth_client"].ValueType())
	rolesType := typeOf[tftypes.Set](b, clientType.AttributeTypes["roles"])
	clientConfig := objectValue(clientType, map[string]tftypes.Value{
		"name":                  str("Bench integration"),
		"authorized_grant_type": str("CLIENT-CREDENTIALS"),
		"roles": tftypes.NewValue(rolesType, []tftypes.Value{
			objectValue(typeOf[tftypes.Object](b, rolesType.ElementType), map[string]tftypes.Value{"role_id": str(role.ID)}),
		}),
	})

	resources := []*noOpPlan{
		newNoOpPlan(b, srv, "genesys_cloud_role", roleType, roleConfig),
		newNoOpPlan(b, srv, "genesys_cloud_oauth_client", clientType, clientConfig),
	}
	b.ReportAllocs()
	// The process's CPU time, garbage collection included, is what the target is about; wall time
	// also counts the waits of a shared machine.
	before := cpuTime(b)
	b.ResetTimer()
	for b.Loop() {
		for _, r := range resources {
			r.run(b, srv)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(resources)), "ns/resource")
	b.ReportMetric(float64((cpuTime(b)-before).Nanoseconds())/float64(b.N*len(resources)), "cpu-ns/resource")
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// noOpPlan is the requests of one resource's plan when nothing changed.
type noOpPlan struct {
	validate *tfprotov6.ValidateResourceConfigRequest
	upgrade  *tfprotov6.UpgradeResourceStateRequest
	plan     *tfprotov6.PlanResourceChangeRequest
}

// newNoOpPlan plans the creation of config, fills in what the plan left unknown as an apply
// would, and returns the requests of a plan of that state against the same configuration.
func newNoOpPlan(b *testing.B, srv tfprotov6.ProviderServer, typeName string, typ tftypes.Object, config tftypes.Value) *noOpPlan {
	b.Helper()
	ctx := context.Background()
	cfg := dynamic(b, typ, config)
	created, err := srv.PlanResourceChange(ctx, &tfprotov6.PlanResourceChangeRequest{
		TypeName: typeName, PriorState: dynamic(b, typ, tftypes.NewValue(typ, nil)), ProposedNewState: cfg, Config: cfg,
	})
	if err != nil || diagsError(created.Diagnostics) != nil {
		b.Fatal(err, diagsError(created.Diagnostics))
	}
	planned, err := created.PlannedState.Unmarshal(typ)
	if err != nil {
		b.Fatal(err)
	}
	state, err := tftypes.Transform(planned, func(_ *tftypes.AttributePath, v tftypes.Value) (tftypes.Value, error) {
		if v.IsKnown() {
			return v, nil
		}
		return appliedValue(v.Type()), nil
	})
	if err != nil {
		b.Fatal(err)
	}
	raw, err := json.Marshal(jsonValue(b, state))
	if err != nil {
		b.Fatal(err)
	}
	st := dynamic(b, typ, state)
	return &noOpPlan{
		validate: &tfprotov6.ValidateResourceConfigRequest{TypeName: typeName, Config: cfg},
		upgrade:  &tfprotov6.UpgradeResourceStateRequest{TypeName: typeName, RawState: &tfprotov6.RawState{JSON: raw}},
		// The private state is what Create leaves and a plan -refresh=false sends back.
		plan: &tfprotov6.PlanResourceChangeRequest{TypeName: typeName, PriorState: st, ProposedNewState: st, Config: cfg,
			PriorPrivate: []byte(`{"created_at":"IjIwMjYtMTItMDJUMDU6NTQ6NTMuMjc2NTI3Mzk2WiI="}`)},
	}
}

func (p *noOpPlan) run(b *testing.B, srv tfprotov6.ProviderServer) {
	ctx := context.Background()
	v, err := srv.ValidateResourceConfig(ctx, p.validate)
	if err != nil || diagsError(v.Diagnostics) != nil {
		b.Fatal(err, diagsError(v.Diagnostics))
	}
	u, err := srv.UpgradeResourceState(ctx, p.upgrade)
	if err != nil || diagsError(u.Diagnostics) != nil {
		b.Fatal(err, diagsError(u.Diagnostics))
	}
	pl, err := srv.PlanResourceChange(ctx, p.plan)
	if err != nil || diagsError(pl.Diagnostics) != nil {
		b.Fatal(err, diagsError(pl.Diagnostics))
	}
	if len(pl.RequiresReplace) > 0 {
		b.Fatalf("%s: the plan replaces %v", p.plan.TypeName, pl.RequiresReplace)
	}
}

// appliedValue stands for a value an apply computes.
func appliedValue(t tftypes.Type) tftypes.Value {
	switch {
	case t.Is(tftypes.String):
		return tftypes.NewValue(t, "computed")
	case t.Is(tftypes.Number):
		return tftypes.NewValue(t, big.NewFloat(0))
	case t.Is(tftypes.Bool):
		return tftypes.NewValue(t, false)
	case t.Is(tftypes.Set{}), t.Is(tftypes.List{}):
		return tftypes.NewValue(t, []tftypes.Value{})
	case t.Is(tftypes.Map{}):
		return tftypes.NewValue(t, map[string]tftypes.Value{})
	}
	return tftypes.NewValue(t, nil)
}

// jsonValue is v as Terraform writes it in a state file.
func jsonValue(b *testing.B, v tftypes.Value) any {
	b.Helper()
	if v.IsNull() {
		return nil
	}
	t := v.Type()
	switch {
	case t.Is(tftypes.String):
		var s string
		_ = v.As(&s)
		return s
	case t.Is(tftypes.Number):
		var f big.Float
		_ = v.As(&f)
		n, _ := f.Float64()
		return n
	case t.Is(tftypes.Bool):
		var x bool
		_ = v.As(&x)
		return x
	case t.Is(tftypes.Set{}), t.Is(tftypes.List{}):
		var elems []tftypes.Value
		_ = v.As(&elems)
		out := []any{}
		for _, e := range elems {
			out = append(out, jsonValue(b, e))
		}
		return out
	case t.Is(tftypes.Map{}), t.Is(tftypes.Object{}):
		var attrs map[string]tftypes.Value
		_ = v.As(&attrs)
		out := map[string]any{}
		for k, e := range attrs {
			out[k] = jsonValue(b, e)
		}
		return out
	}
	b.Fatalf("no JSON for %s", t)
	return nil
}
