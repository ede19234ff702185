package functions_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/genesyscloud"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/provider"
)

// server is the provider as Terraform sees it, so these tests also prove the functions are registered.
func server(t *testing.T) tfprotov6.ProviderServer {
	t.Helper()
	s, err := providerserver.NewProtocol6WithError(provider.New("test")())()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// call runs a function over the plugin protocol and returns its string result or its error.
func call(t *testing.T, s tfprotov6.ProviderServer, name, region string) (string, *tfprotov6.FunctionError) {
	t.Helper()
	arg, err := tfprotov6.NewDynamicValue(tftypes.String, tftypes.NewValue(tftypes.String, region))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := s.CallFunction(t.Context(), &tfprotov6.CallFunctionRequest{Name: name, Arguments: []*tfprotov6.DynamicValue{&arg}})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Error != nil {
		return "", resp.Error
	}
	v, err := resp.Result.Unmarshal(tftypes.String)
	if err != nil {
		t.Fatal(err)
	}
	var got string
	if err := v.As(&got); err != nil {
		t.Fatal(err)
	}
	return got, nil
}

func TestContractRegionsAreTheProvidersRegions(t *testing.T) {
	var names []string
	for _, r := range contractRegions {
		names = append(names, r.name)
	}
	slices.Sort(names)
	if len(names) != 18 || !slices.Equal(names, genesyscloud.Regions()) {
		t.Errorf("the contract's %d regions %v differ from the provider's %v", len(names), names, genesyscloud.Regions())
	}
}

func TestProviderServesTheRegionFunctions(t *testing.T) {
	resp, err := server(t).GetFunctions(t.Context(), &tfprotov6.GetFunctionsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := slices.Sorted(maps.Keys(resp.Functions)), slices.Sorted(maps.Keys(expected)); !slices.Equal(got, want) {
		t.Errorf("functions = %v, want %v", got, want)
	}
}

func TestRegionFunctionsOverEveryRegion(t *testing.T) {
	s := server(t)
	for name, want := range expected {
		for _, r := range contractRegions {
			// By name and by domain, in any case and with stray spaces, as cloud.region takes it.
			for _, input := range []string{r.name, r.domain, strings.ToUpper(r.name), " " + strings.ToUpper(r.domain) + " "} {
				got, ferr := call(t, s, name, input)
				if ferr != nil {
					t.Errorf("%s(%q): error %q", name, input, ferr.Text)
				} else if got != want(r.domain) {
					t.Errorf("%s(%q) = %q, want %q", name, input, got, want(r.domain))
				}
			}
		}
	}
}

func TestRegionFunctionsRefuseABadRegion(t *testing.T) {
	s := server(t)
	for name := range expected {
		for _, input := range badRegions {
			got, ferr := call(t, s, name, input)
			if ferr == nil {
				t.Errorf("%s(%q) = %q, want an error", name, input, got)
				continue
			}
			if ferr.FunctionArgument == nil || *ferr.FunctionArgument != 0 {
				t.Errorf("%s(%q): error points at argument %v, want 0 (the region)", name, input, ferr.FunctionArgument)
			}
			for _, want := range append([]string{`"` + input + `" is not a Genesys Cloud region`}, genesyscloud.Regions()...) {
				if !strings.Contains(ferr.Text, want) {
					t.Errorf("%s(%q): error %q does not say %q", name, input, ferr.Text, want)
				}
			}
		}
	}
}

// TestRegionFunctionsAfterConfigureWithoutCloud: a provider block with neither a cloud nor a gauth
// block configures without error, and the functions answer the same afterwards.
func TestRegionFunctionsAfterConfigureWithoutCloud(t *testing.T) {
	s := server(t)
	schema, err := s.GetProviderSchema(t.Context(), &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		t.Fatal(err)
	}
	objectType, ok := schema.Provider.ValueType().(tftypes.Object)
	if !ok {
		t.Fatalf("provider schema type is %T, want an object", schema.Provider.ValueType())
	}
	empty := map[string]tftypes.Value{}
	for name, attrType := range objectType.AttributeTypes {
		empty[name] = tftypes.NewValue(attrType, nil)
	}
	config, err := tfprotov6.NewDynamicValue(objectType, tftypes.NewValue(objectType, empty))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := s.ConfigureProvider(t.Context(), &tfprotov6.ConfigureProviderRequest{TerraformVersion: "1.11.4", Config: &config})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range resp.Diagnostics {
		if d.Severity == tfprotov6.DiagnosticSeverityError {
			t.Fatalf("configure without a cloud block: %s: %s", d.Summary, d.Detail)
		}
	}
	if got, ferr := call(t, s, "region_api_url", "eu-central-1"); ferr != nil || got != "https://api.mypurecloud.de" {
		t.Errorf("region_api_url(eu-central-1) after configure = %q, %v", got, ferr)
	}
}
