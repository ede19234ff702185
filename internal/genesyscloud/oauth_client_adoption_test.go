package genesyscloud

import (
	"context"
	"net/http"
	"testing"
	"time"
)

// listing answers GET /api/v2/oauth/clients with clients and POST with created.
func listing(clients []OAuthClient, created *OAuthClient) func(http.ResponseWriter, recordedRequest) {
	return func(w http.ResponseWriter, r recordedRequest) {
		if r.Method == http.MethodPost && created != nil {
			writeJSON(w, http.StatusOK, created)
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"entities": clients})
	}
}

func TestFindCreatedOAuthClientAdoptsOnlyOnUniqueEvidence(t *testing.T) {
	sent := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	in := OAuthClientInput{Name: "Partner", AuthorizedGrantType: "CLIENT-CREDENTIALS"}
	stamp := func(d time.Duration) string { return sent.Add(d).Format(time.RFC3339Nano) }
	ours := func(id string, created time.Duration) OAuthClient {
		return OAuthClient{ID: id, Name: "Partner", AuthorizedGrantType: "CLIENT-CREDENTIALS", State: "active",
			DateCreated: stamp(created), CreatedBy: &EntityRef{ID: testClientID}}
	}
	with := func(cl OAuthClient, change func(*OAuthClient)) OAuthClient { change(&cl); return cl }

	cases := []struct {
		name    string
		clients []OAuthClient
		want    string // id adopted; "" = none
		found   bool   // false: an IsNotFound error; true with want "": another error (ambiguous)
	}{
		{"the one client made since the create was sent", []OAuthClient{ours("new", 200*time.Millisecond)}, "new", true},
		{"a service clock a little behind ours", []OAuthClient{ours("new", -2*time.Second)}, "new", true},
		{"createdBy not reported", []OAuthClient{with(ours("new", time.Second), func(c *OAuthClient) { c.CreatedBy = nil })}, "new", true},
		{"an older client sharing the name", []OAuthClient{ours("old", -time.Hour)}, "", false},
		{"another grant type", []OAuthClient{with(ours("code", time.Second), func(c *OAuthClient) { c.AuthorizedGrantType = "CODE" })}, "", false},
		{"made by someone else", []OAuthClient{with(ours("theirs", time.Second), func(c *OAuthClient) { c.CreatedBy = &EntityRef{ID: "other"} })}, "", false},
		{"deleted", []OAuthClient{with(ours("gone", time.Second), func(c *OAuthClient) { c.State = OAuthClientStateDeleted })}, "", false},
		{"no creation date", []OAuthClient{with(ours("undated", time.Second), func(c *OAuthClient) { c.DateCreated = "" })}, "", false},
		{"another name", []OAuthClient{with(ours("other", time.Second), func(c *OAuthClient) { c.Name = "Partner 2" })}, "", false},
		{"two candidates", []OAuthClient{ours("a", time.Second), ours("b", 2*time.Second)}, "", true},
		{"one candidate among non-candidates", []OAuthClient{ours("old", -time.Hour), ours("new", time.Second)}, "new", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := newFakeAPI(t, listing(tc.clients, nil))
			got, err := c.FindCreatedOAuthClient(context.Background(), in, sent)
			switch {
			case tc.want != "":
				if err != nil || got.ID != tc.want {
					t.Fatalf("got %+v, %v; want client %s", got, err, tc.want)
				}
			case !tc.found:
				if !IsNotFound(err) {
					t.Fatalf("got %+v, %v; want a not-found error", got, err)
				}
			default:
				if err == nil || IsNotFound(err) {
					t.Fatalf("got %+v, %v; want an error saying the evidence is ambiguous", got, err)
				}
			}
		})
	}
}

func TestFindCreatedOAuthClientNeverHandsOutAClientTwice(t *testing.T) {
	sent := time.Now()
	in := OAuthClientInput{Name: "Partner", AuthorizedGrantType: "CLIENT-CREDENTIALS"}
	made := OAuthClient{ID: "made", Name: "Partner", AuthorizedGrantType: "CLIENT-CREDENTIALS",
		DateCreated: sent.Add(time.Second).UTC().Format(time.RFC3339Nano)}

	t.Run("adopted once", func(t *testing.T) {
		c, _ := newFakeAPI(t, listing([]OAuthClient{made}, nil))
		if _, err := c.FindCreatedOAuthClient(context.Background(), in, sent); err != nil {
			t.Fatal(err)
		}
		if got, err := c.FindCreatedOAuthClient(context.Background(), in, sent); !IsNotFound(err) {
			t.Fatalf("second lookup got %+v, %v; want not found (the client is taken)", got, err)
		}
	})
	t.Run("created by this client for another resource", func(t *testing.T) {
		c, _ := newFakeAPI(t, listing([]OAuthClient{made}, &made))
		if _, err := c.CreateOAuthClient(context.Background(), in); err != nil {
			t.Fatal(err)
		}
		if got, err := c.FindCreatedOAuthClient(context.Background(), in, sent); !IsNotFound(err) {
			t.Fatalf("got %+v, %v; want not found (the client belongs to the create that made it)", got, err)
		}
	})
	t.Run("while another create of the name is under way", func(t *testing.T) {
		c, _ := newFakeAPI(t, listing([]OAuthClient{made}, nil))
		end := c.oauthCreates.begin(in.Name)
		if got, err := c.FindCreatedOAuthClient(context.Background(), in, sent); err == nil || IsNotFound(err) {
			t.Fatalf("got %+v, %v; want a refusal while the other create may still report this client", got, err)
		}
		end()
		if _, err := c.FindCreatedOAuthClient(context.Background(), in, sent); err != nil {
			t.Fatalf("after the other create ended: %v", err)
		}
	})
}
