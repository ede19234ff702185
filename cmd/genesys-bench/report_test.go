package main

import (
	"reflect"
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
)

func TestSubtractStatsKeepsOnlyThePhaseRequests(t *testing.T) {
	before := emulator.Stats{
		Requests: []emulator.RequestCount{
			{Method: "GET", Route: "/api/v2/authorization/roles/{roleId}", Status: 200, Count: 5},
			{Method: "POST", Route: "/oauth/token", Status: 200, Count: 1},
		},
		TokenRequests: 1, Total: 6,
		Tokens: []emulator.TokenCount{{Token: 1, ClientID: "c", Requests: 5}},
	}
	after := emulator.Stats{
		Requests: []emulator.RequestCount{
			{Method: "GET", Route: "/api/v2/authorization/roles", Status: 200, Count: 2},
			{Method: "GET", Route: "/api/v2/authorization/roles/{roleId}", Status: 200, Count: 8},
			{Method: "GET", Route: "/api/v2/authorization/roles/{roleId}", Status: 429, Count: 1},
			{Method: "POST", Route: "/oauth/token", Status: 200, Count: 2},
		},
		TokenRequests: 2, Total: 13,
		Tokens: []emulator.TokenCount{{Token: 1, ClientID: "c", Requests: 5}, {Token: 2, ClientID: "c", Requests: 6}},
	}
	got := subtractStats(after, before)
	want := emulator.Stats{
		Requests: []emulator.RequestCount{
			{Method: "GET", Route: "/api/v2/authorization/roles", Status: 200, Count: 2},
			{Method: "GET", Route: "/api/v2/authorization/roles/{roleId}", Status: 200, Count: 3},
			{Method: "GET", Route: "/api/v2/authorization/roles/{roleId}", Status: 429, Count: 1},
			{Method: "POST", Route: "/oauth/token", Status: 200, Count: 1},
		},
		TokenRequests: 1, Total: 7,
		Tokens: []emulator.TokenCount{{Token: 2, ClientID: "c", Requests: 6}}, // token 1 made none in the phase
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("subtractStats =\n%+v\nwant\n%+v", got, want)
	}
	r := phaseResult{stats: got}
	if r.apiRequests() != 6 || r.tooMany() != 1 {
		t.Errorf("apiRequests, tooMany = %d, %d; want 6 (token requests aside), 1", r.apiRequests(), r.tooMany())
	}
}

func TestRequestKindsSumStatusesAndPutTheMostFrequentFirst(t *testing.T) {
	st := emulator.Stats{Requests: []emulator.RequestCount{
		{Method: "GET", Route: "/api/v2/oauth/clients", Status: 200, Count: 1},
		{Method: "POST", Route: "/api/v2/authorization/roles", Status: 200, Count: 4},
		{Method: "POST", Route: "/api/v2/authorization/roles", Status: 429, Count: 2},
		{Method: "GET", Route: "/api/v2/authorization/roles", Status: 200, Count: 1},
	}}
	want := []requestKind{
		{method: "POST", route: "/api/v2/authorization/roles", count: 6, tooMany: 2},
		{method: "GET", route: "/api/v2/authorization/roles", count: 1},
		{method: "GET", route: "/api/v2/oauth/clients", count: 1},
	}
	if got := requestKinds(st); !reflect.DeepEqual(got, want) {
		t.Errorf("requestKinds =\n%+v\nwant\n%+v", got, want)
	}
}
