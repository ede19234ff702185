package kit

import (
	"crypto/rand"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/types"
)

// ChangedSecret is the secret an update must send, or "" to leave the one GAuth stores alone, for
// a user-supplied secret (plain attribute, or write-only attribute with its version): the
// write-only value is sent when its version changed or when it replaces a plain secret, the plain
// value when it changed. A secret from the state is never sent again. The environment password
// does not use it: an environment PUT may replace the environment (see configuredPassword).
func ChangedSecret(planPlain, statePlain, configWriteOnly types.String, planVersion, stateVersion types.Int64) string {
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

// RandomUUID returns a random (version 4) UUID.
func RandomUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails: it aborts the program instead
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
