package provider

import (
	"context"
	"crypto/rand"
	"fmt"
	"regexp"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// What the GAuth resources share: identifiers, locations and secrets.

// uuidPattern is a caller-chosen GAuth id (environment, contact center): a UUID, as the
// provisioning guide uses.
var uuidPattern = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// gauthLocationPattern is a Genesys Multicloud CX location (region) path: "/" alone means every
// region, "/USW1" one region.
var gauthLocationPattern = regexp.MustCompile(`^/\S*$`)

// gauthLocationValidator rejects at plan time a location GAuth would refuse at apply time.
func gauthLocationValidator() validator.String {
	return stringvalidator.RegexMatches(gauthLocationPattern, `must start with "/" and contain no spaces, such as /USW1`)
}

// changedSecret is the secret an update must send, or "" to leave the one GAuth stores alone, for
// a user-supplied secret (plain attribute, or write-only attribute with its version): the
// write-only value is sent when its version changed or when it replaces a plain secret, the plain
// value when it changed. A secret from the state is never sent again. The environment password
// does not use it: an environment PUT may replace the environment (see configuredPassword).
func changedSecret(planPlain, statePlain, configWriteOnly types.String, planVersion, stateVersion types.Int64) string {
	switch {
	case !configWriteOnly.IsNull():
		if !planVersion.Equal(stateVersion) || !statePlain.IsNull() {
			return configWriteOnly.ValueString()
		}
	case !planPlain.Equal(statePlain):
		return planPlain.ValueString()
	}
	return ""
}

// lookupByID adapts a GET by id to the lookup of naturalKey: the object, or none when it is not found.
func lookupByID[T any](ctx context.Context, get func(context.Context, string) (*T, error), id string) ([]T, error) {
	obj, err := get(ctx, id)
	switch {
	case transport.IsNotFound(err):
		return nil, nil
	case err != nil:
		return nil, err
	}
	return []T{*obj}, nil
}

// randomUUID returns a random (version 4) UUID.
func randomUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails: it aborts the program instead
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
