// Package contracttest reads, for tests, the inputs the wire contract keeps beside the repository
// (../shared/api): lists too large, and too much someone else's, to copy into it.
package contracttest

import (
	"bufio"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// PermissionNames is the list of the permissions public API operations require, one
// "domain:entity:action" a line, with the path it was read from. It reads
// permissions-public-api.txt beside the contract, or the copy GENESYS_PERMISSIONS_LIST names, and
// answers nil names when the file is not there, so that each caller says what it does without.
func PermissionNames(t testing.TB) (names []string, path string) {
	t.Helper()
	path = os.Getenv("GENESYS_PERMISSIONS_LIST")
	if path == "" {
		path = filepath.Join(contractDir(), "permissions-public-api.txt")
	}
	f, err := os.Open(path) //nolint:gosec // a test input named by the developer
	if os.IsNotExist(err) {
		return nil, path
	}
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = f.Close() }()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			names = append(names, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return names, path
}

// contractDir is ../shared/api beside the repository, found from this file so that it does not
// depend on which package's directory a test runs in.
func contractDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "api")
}
