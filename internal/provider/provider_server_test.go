package provider

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/protocol"
)

// The tests and benchmarks that speak the plugin protocol to the provider server directly, as
// Terraform does, share these: for what the terraform CLI of the tests cannot show (resource
// identity, list resources) or to measure the provider without it.

// providerServer is the provider's plugin-protocol server, unconfigured, with its schemas.
func providerServer(tb testing.TB) (tfprotov6.ProviderServer, *tfprotov6.GetProviderSchemaResponse) {
	tb.Helper()
	srv := protocol.NewServer(New("test"))()
	schemas, err := srv.GetProviderSchema(tb.Context(), &tfprotov6.GetProviderSchemaRequest{})
	if err != nil || diagsError(schemas.Diagnostics) != nil {
		tb.Fatal(err, diagsError(schemas.Diagnostics))
	}
	return srv, schemas
}

// configuredServer is providerServer configured against env's emulator.
func configuredServer(tb testing.TB, env *acctest.Env) (tfprotov6.ProviderServer, *tfprotov6.GetProviderSchemaResponse) {
	tb.Helper()
	srv, schemas := providerServer(tb)
	configure(tb, srv, typeOf[tftypes.Object](tb, schemas.Provider.ValueType()), env)
	return srv, schemas
}

// configure configures srv against env's emulator, as the provider block of providerConfig.
func configure(b testing.TB, srv tfprotov6.ProviderServer, typ tftypes.Object, env *acctest.Env) {
	b.Helper()
	d := emulator.DefaultOptions()
	block := func(name string, vals map[string]string) tftypes.Value {
		t := typ.AttributeTypes[name]
		m := map[string]tftypes.Value{}
		for k, v := range vals {
			m[k] = tftypes.NewValue(tftypes.String, v)
		}
		switch c := t.(type) {
		case tftypes.List:
			return tftypes.NewValue(c, []tftypes.Value{objectValue(typeOf[tftypes.Object](b, c.ElementType), m)})
		default:
			return objectValue(typeOf[tftypes.Object](b, t), m)
		}
	}
	config := objectValue(typ, map[string]tftypes.Value{
		"cloud": block("cloud", map[string]string{"api_url": env.URL, "login_url": env.URL,
			"client_id": d.CloudClientID, "client_secret": d.CloudClientSecret}),
		"gauth": block("gauth", map[string]string{"url": env.URL, "client_id": d.GAuthClientID,
			"client_secret": d.GAuthClientSecret, "ops_username": d.OpsUsername, "ops_password": d.OpsPassword}),
	})
	resp, err := srv.ConfigureProvider(context.Background(), &tfprotov6.ConfigureProviderRequest{
		TerraformVersion: "1.11.4", Config: dynamic(b, typ, config),
	})
	if err != nil || diagsError(resp.Diagnostics) != nil {
		b.Fatal(err, diagsError(resp.Diagnostics))
	}
}

// objectValue is an object of type typ with vals, every other attribute null.
func objectValue(typ tftypes.Object, vals map[string]tftypes.Value) tftypes.Value {
	all := map[string]tftypes.Value{}
	for name, t := range typ.AttributeTypes {
		if v, ok := vals[name]; ok {
			all[name] = v
		} else {
			all[name] = tftypes.NewValue(t, nil)
		}
	}
	return tftypes.NewValue(typ, all)
}

func dynamic(b testing.TB, typ tftypes.Type, v tftypes.Value) *tfprotov6.DynamicValue {
	b.Helper()
	dv, err := tfprotov6.NewDynamicValue(typ, v)
	if err != nil {
		b.Fatal(err)
	}
	return &dv
}

func diagsError(diags []*tfprotov6.Diagnostic) error {
	for _, d := range diags {
		if d.Severity == tfprotov6.DiagnosticSeverityError {
			return fmt.Errorf("%s: %s", d.Summary, d.Detail)
		}
	}
	return nil
}

// typeOf asserts that t, a type out of the provider's schema, is a T.
func typeOf[T tftypes.Type](tb testing.TB, t tftypes.Type) T {
	tb.Helper()
	v, ok := t.(T)
	if !ok {
		tb.Fatalf("schema type %s is not a %T", t, v)
	}
	return v
}

// attr is a string attribute of an object-typed dynamic value.
func attr(t *testing.T, dv *tfprotov6.DynamicValue, typ tftypes.Type, name string) string {
	t.Helper()
	v, err := dv.Unmarshal(typ)
	if err != nil {
		t.Fatal(err)
	}
	return attrOf(t, v, name)
}

// attrOf is a string attribute of an object value.
func attrOf(t *testing.T, v tftypes.Value, name string) string {
	t.Helper()
	var obj map[string]tftypes.Value
	if err := v.As(&obj); err != nil {
		t.Fatal(err)
	}
	var s string
	if err := obj[name].As(&s); err != nil {
		t.Fatal(err)
	}
	return s
}
