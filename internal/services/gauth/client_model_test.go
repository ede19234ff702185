package gauth

import (
	"context"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/types"
)

func TestGrantTypesFromAPI(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	api := []string{"client_credentials", grantTokenExchange, grantJWTBearer}
	cases := []struct {
		name  string
		prior types.Set
		want  []string
	}{
		{"added by GAuth", types.SetValueMust(types.StringType, nil), []string{"client_credentials"}},
		{"import", types.SetNull(types.StringType), []string{"client_credentials"}},
		{"configured", mustStringSet(t, "client_credentials", grantJWTBearer), []string{"client_credentials", grantJWTBearer}},
	}
	for _, c := range cases {
		if got := grantTypesFromAPI(ctx, api, c.prior); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}

func mustStringSet(t *testing.T, values ...string) types.Set {
	t.Helper()
	s, d := types.SetValueFrom(context.Background(), types.StringType, values)
	if d.HasError() {
		t.Fatal(d)
	}
	return s
}
