package acctest

import (
	"crypto/rand"
	"fmt"
	"strings"
)

// NamePrefix starts the name (or, for GAuth objects without one, the natural key: client_id,
// tenant, location, domain) of every object the acceptance tests create, so that tests running
// at once in one org do not collide and the sweepers find what a failed run left behind.
const NamePrefix = "tfacc-"

// RandomName is base with NamePrefix before it and a random suffix after it: tfacc-base-x7k2q9ma.
func RandomName(base string) string { return testName(base, randomSuffix()) }

// Name is base as RandomName makes it, with the suffix this Env drew once: the same name in every
// step of a test, so that a configuration helper called per step names the same object.
func (e *Env) Name(base string) string { return testName(base, e.suffix) }

func testName(base, suffix string) string { return NamePrefix + base + "-" + suffix }

func randomSuffix() string { return strings.ToLower(rand.Text()[:8]) }

// IsTestName reports whether a name or key was made by RandomName.
func IsTestName(s string) bool { return strings.HasPrefix(s, NamePrefix) }

// RandomLocation is a GAuth location (data center, setting) that RandomName made: /tfacc-base-....
func RandomLocation(base string) string { return "/" + RandomName(base) }

// IsTestLocation reports whether a location was made by RandomLocation.
func IsTestLocation(s string) bool { return IsTestName(strings.TrimPrefix(s, "/")) }

// RandomUUID is a random version-4 UUID, for objects whose id the configuration chooses (a
// contact center's CCID): a fixed one would collide between runs sharing an org.
func RandomUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])  // never fails (crypto/rand)
	b[6] = b[6]&0x0f | 0x40 // version 4
	b[8] = b[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
