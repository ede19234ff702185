package protocol

import (
	"os"
	"testing"
)

func TestMuteUnreadLogs(t *testing.T) {
	const providerEnv = "TF_LOG_PROVIDER_EXAMPLE"
	unset := "(unset)"
	cases := []struct {
		name     string
		env      map[string]string // unset for variables not named
		sdk, own string            // the levels after the call (the SDKs', the provider's own)
	}{
		{name: "no logging asked for", sdk: "off", own: "off"},
		{name: "TF_LOG", env: map[string]string{envLog: "debug"}, sdk: unset, own: unset},
		{name: "TF_LOG_PROVIDER", env: map[string]string{envLogProvider: "trace"}, sdk: unset, own: unset},
		{name: "levels set explicitly", env: map[string]string{envLogSDK: "debug", providerEnv: "info"}, sdk: "debug", own: "info"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, name := range []string{envLog, envLogProvider, envLogSDK, providerEnv} {
				t.Setenv(name, "") // restored after the test
				if v, ok := c.env[name]; ok {
					t.Setenv(name, v)
				} else if err := os.Unsetenv(name); err != nil {
					t.Fatal(err)
				}
			}
			MuteUnreadLogs(providerEnv)
			get := func(name string) string {
				if v, ok := os.LookupEnv(name); ok {
					return v
				}
				return unset
			}
			if got := get(envLogSDK); got != c.sdk {
				t.Errorf("%s = %s, want %s", envLogSDK, got, c.sdk)
			}
			if got := get(providerEnv); got != c.own {
				t.Errorf("%s = %s, want %s", providerEnv, got, c.own)
			}
		})
	}
}
