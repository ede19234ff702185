package acctest

import (
	"slices"

	"github.com/hashicorp/terraform-plugin-testing/knownvalue"
	"github.com/hashicorp/terraform-plugin-testing/plancheck"
	"github.com/hashicorp/terraform-plugin-testing/statecheck"
	"github.com/hashicorp/terraform-plugin-testing/tfjsonpath"
)

// The state checks of the tests mostly check the top-level attributes of one resource or data
// source, one value each. ExpectAttrs and the Attr constructors say that once per address, so that
// a step lists the values it expects, not the plumbing of statecheck, tfjsonpath and knownvalue
// around each one.

// AttrCheck is what ExpectAttrs checks of one top-level attribute.
type AttrCheck struct {
	name  string
	value knownvalue.Check
}

// StateChecks are a step's state checks, as ExpectAttrs builds them.
type StateChecks []statecheck.StateCheck

// ExpectAttrs is a step's state checks: the resource or data source at addr has the attributes
// as attrs say, each checked on its own so that every mismatch is reported.
func ExpectAttrs(addr string, attrs ...AttrCheck) StateChecks {
	return StateChecks(nil).And(addr, attrs...)
}

// And adds the checks of another address to the step's, for a step that checks several. It
// leaves c as it was, so that checks kept in a variable can start several steps' checks.
func (c StateChecks) And(addr string, attrs ...AttrCheck) StateChecks {
	c = slices.Clip(c)
	for _, a := range attrs {
		c = append(c, ExpectAttr(addr, a))
	}
	return c
}

// ExpectAttr is the state check of one attribute of ExpectAttrs.
func ExpectAttr(addr string, a AttrCheck) statecheck.StateCheck {
	return statecheck.ExpectKnownValue(addr, tfjsonpath.New(a.name), a.value)
}

// ExpectPlannedAttr is a plan check: the plan gives the resource at addr the attribute as a says,
// for a value the provider computes at plan time.
func ExpectPlannedAttr(addr string, a AttrCheck) plancheck.PlanCheck {
	return plancheck.ExpectKnownValue(addr, tfjsonpath.New(a.name), a.value)
}

// Attr checks an attribute with any knownvalue check, for the values the other constructors do not
// cover (nested objects, lists).
func Attr(name string, value knownvalue.Check) AttrCheck { return AttrCheck{name, value} }

// StringAttr checks that an attribute holds exactly want.
func StringAttr(name, want string) AttrCheck { return Attr(name, knownvalue.StringExact(want)) }

// Int64Attr checks that a number attribute holds exactly want.
func Int64Attr(name string, want int64) AttrCheck { return Attr(name, knownvalue.Int64Exact(want)) }

// BoolAttr checks that a bool attribute holds want.
func BoolAttr(name string, want bool) AttrCheck { return Attr(name, knownvalue.Bool(want)) }

// NullAttr checks that an attribute is null, as an unset optional one, or a write-only one, must be.
func NullAttr(name string) AttrCheck { return Attr(name, knownvalue.Null()) }

// NotNullAttr checks that an attribute is set, whatever its value (a secret the API generated).
func NotNullAttr(name string) AttrCheck { return Attr(name, knownvalue.NotNull()) }

// UUIDAttr checks that an attribute holds a UUID, as the ids GAuth or the provider generate.
func UUIDAttr(name string) AttrCheck { return Attr(name, knownvalue.StringRegexp(UUIDPattern)) }

// SetSizeAttr checks that a set attribute holds n elements, whatever they are.
func SetSizeAttr(name string, n int) AttrCheck { return Attr(name, knownvalue.SetSizeExact(n)) }

// StringSetAttr checks that a set attribute holds exactly the strings want, in any order.
func StringSetAttr(name string, want ...string) AttrCheck { return Attr(name, StringSet(want...)) }

// StringSet is the knownvalue check of a set of exactly these strings, for sets nested in objects.
func StringSet(want ...string) knownvalue.Check {
	checks := make([]knownvalue.Check, len(want))
	for i, v := range want {
		checks[i] = knownvalue.StringExact(v)
	}
	return knownvalue.SetExact(checks)
}

// NamedList is the knownvalue check of a list of objects named names, in that order: what a
// plural data source lists, sorted by name, when only which objects it lists matters.
func NamedList(names ...string) knownvalue.Check {
	checks := make([]knownvalue.Check, len(names))
	for i, n := range names {
		checks[i] = knownvalue.ObjectPartial(map[string]knownvalue.Check{"name": knownvalue.StringExact(n)})
	}
	return knownvalue.ListExact(checks)
}

// ExpectOutput is a state check: the root module's output name holds exactly want.
func ExpectOutput(name, want string) statecheck.StateCheck {
	return statecheck.ExpectKnownOutputValue(name, knownvalue.StringExact(want))
}

// ExpectSameID is a state check: the resource or data source at addr has the id of the one at
// other, as a data source that looked up a managed object must.
func ExpectSameID(addr, other string) statecheck.StateCheck {
	return statecheck.CompareValuePairs(addr, tfjsonpath.New("id"), other, tfjsonpath.New("id"), CompareEqual)
}

// OneConfigServerState is OneConfigServer, which is also the config server of
// SeedGAuthEnvironment, as the state holds it: every optional field at its default.
var OneConfigServerState = knownvalue.ListExact([]knownvalue.Check{
	knownvalue.ObjectExact(map[string]knownvalue.Check{
		"primary_address": knownvalue.StringExact("172.24.132.84"),
		"primary_port":    knownvalue.Int64Exact(2020),
		"backup_address":  knownvalue.Null(),
		"backup_port":     knownvalue.Null(),
		"read_only":       knownvalue.Bool(false),
		"locations":       knownvalue.StringExact("/USW1"),
	}),
})

// OneConfigServerAttrs are the state checks of a GAuth environment with OneConfigServer and every
// connection setting but its timeouts at the default: the timeouts are those given, since an
// environment the provider created and one seeded through the API have different ones.
func OneConfigServerAttrs(localTimeout, remoteTimeout int64) []AttrCheck {
	return []AttrCheck{
		StringAttr("connection_protocol", "addp"),
		Int64Attr("local_timeout", localTimeout),
		Int64Attr("remote_timeout", remoteTimeout),
		StringAttr("trace_mode", "CFGTMBoth"),
		BoolAttr("tls_enabled", false),
		Attr("config_servers", OneConfigServerState),
	}
}
