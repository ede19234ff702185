package genesyscloud

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
)

func testCatalogue() *PermissionCatalogue {
	return NewPermissionCatalogue([]Permission{
		{Domain: "routing", EntityType: "queue", Action: "view", AllowsConditions: true},
		{Domain: "routing", EntityType: "queue", Action: "edit"},
		{Domain: "routing", EntityType: "skill", Action: "view", AllowsConditions: true},
		{Domain: "wfm", EntityType: "schedule", Action: "administer"},
	})
}

func TestPermissionCatalogueLookups(t *testing.T) {
	pc := testCatalogue()
	if got := pc.Domains(); !slices.Equal(got, []string{"routing", "wfm"}) {
		t.Errorf("Domains = %v", got)
	}
	if got := pc.Entities("routing"); !slices.Equal(got, []string{"queue", "skill"}) {
		t.Errorf("Entities(routing) = %v", got)
	}
	if got := pc.Actions("routing", "queue"); !slices.Equal(got, []string{"edit", "view"}) {
		t.Errorf("Actions(routing, queue) = %v", got)
	}
	if p, ok := pc.Lookup("routing", "queue", "view"); !ok || !p.AllowsConditions {
		t.Errorf("Lookup(routing:queue:view) = %+v, %v", p, ok)
	}
	if len(pc.Entities("nosuch")) != 0 || len(pc.Actions("routing", "nosuch")) != 0 {
		t.Error("an unknown domain or entity has entries")
	}
}

// Expand stores policies the way the API does since it stopped honouring wildcards.
func TestPermissionCatalogueExpand(t *testing.T) {
	pc := testCatalogue()
	cond := &ConditionNode{Conjunction: "AND"}
	got := pc.Expand([]PermissionPolicy{
		{Domain: "routing", EntityName: "*", ActionSet: []string{"view"}, ResourceConditionNode: cond},
		{Domain: "routing", EntityName: "queue", ActionSet: []string{"*"}, ResourceConditionNode: cond},
		{Domain: "wfm", EntityName: "schedule", ActionSet: []string{"administer", "nosuch"}},
		{Domain: "nosuch", EntityName: "thing", ActionSet: []string{"view"}},
	})
	want := []PermissionPolicy{
		{Domain: "routing", EntityName: "queue", ActionSet: []string{"view"}, ResourceConditionNode: cond},
		{Domain: "routing", EntityName: "skill", ActionSet: []string{"view"}, ResourceConditionNode: cond},
		// edit does not allow conditions: they are dropped while expanding.
		{Domain: "routing", EntityName: "queue", ActionSet: []string{"edit", "view"}},
		{Domain: "wfm", EntityName: "schedule", ActionSet: []string{"administer"}},
	}
	if !reflect.DeepEqual(got, want) {
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		t.Fatalf("Expand = %s\nwant %s", g, w)
	}
}
