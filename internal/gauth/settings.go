package gauth

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// CORSOriginsSetting is the setting that holds a contact center's allowed CORS origins, as a
// comma-separated list (see SplitOrigins and JoinOrigins).
const CORSOriginsSetting = "cors-origins"

// Setting is one contact-center setting.
type Setting struct {
	ID       string `json:"id,omitempty"`
	Location string `json:"location"` // the region it applies to; "/" = every region
	Name     string `json:"name"`
	Shared   Shared `json:"shared,omitzero"`
	Value    string `json:"value"`
}

// settingsList is the data of a settings GET.
type settingsList struct {
	Settings []Setting `json:"settings"`
}

// settingsPath is the settings collection of a contact center.
func settingsPath(contactCenterID string) string {
	return itemPath(contactCentersPath, contactCenterID) + "/settings"
}

// ListSettings returns every setting of a contact center.
func (c *Client) ListSettings(ctx context.Context, contactCenterID string) ([]Setting, error) {
	env, err := c.environment.do(ctx, http.MethodGet, settingsPath(contactCenterID), nil)
	if err != nil {
		return nil, fmt.Errorf("listing settings of GAuth contact center %q: %w", contactCenterID, err)
	}
	var data settingsList
	if err := env.decodeData(&data); err != nil && !errors.Is(err, errNoData) {
		return nil, fmt.Errorf("listing settings of GAuth contact center %q: %w", contactCenterID, err)
	}
	return data.Settings, nil
}

// GetSetting returns the contact center's setting called name, or a not-found error
// (transport.IsNotFound) when it has none. It filters the list: GAuth documents no per-setting GET.
func (c *Client) GetSetting(ctx context.Context, contactCenterID, name string) (*Setting, error) {
	settings, err := c.ListSettings(ctx, contactCenterID)
	if err != nil {
		return nil, err
	}
	for i := range settings {
		if settings[i].Name == name {
			return &settings[i], nil
		}
	}
	return nil, notFound(settingsPath(contactCenterID),
		fmt.Sprintf("GAuth contact center %q has no setting %q", contactCenterID, name))
}

// UpsertSetting creates the setting or replaces its whole value: GAuth keys a POST by name.
func (c *Client) UpsertSetting(ctx context.Context, contactCenterID string, setting Setting) error {
	return c.environment.send(ctx, http.MethodPost, settingsPath(contactCenterID), setting,
		fmt.Sprintf("setting %q of GAuth contact center %q", setting.Name, contactCenterID))
}

// DeleteSetting deletes the contact center's setting called name at location. A setting name
// may exist at several locations; GAuth deletes every one of them unless ?location= narrows it,
// so the location is always sent (CONTRACT.md B.7 leaves this path to our convention).
func (c *Client) DeleteSetting(ctx context.Context, contactCenterID, name, location string) error {
	query := url.Values{"location": {location}}
	if _, err := c.environment.doQuery(ctx, http.MethodDelete, itemPath(settingsPath(contactCenterID), name), query, nil); err != nil {
		return fmt.Errorf("deleting setting %q of GAuth contact center %q: %w", name, contactCenterID, err)
	}
	return nil
}

// SplitOrigins splits a cors-origins value into its origins. Scripts write both "a,b" and
// "a, b", so items are trimmed and empty ones dropped; a value without origins gives an empty,
// non-nil slice.
func SplitOrigins(value string) []string {
	origins := []string{}
	for _, item := range strings.Split(value, ",") {
		if origin := strings.TrimSpace(item); origin != "" {
			origins = append(origins, origin)
		}
	}
	return origins
}

// JoinOrigins builds a cors-origins value in the documented form "a,b".
func JoinOrigins(origins []string) string {
	return strings.Join(origins, ",")
}

// Shared is a setting's "shared" flag. Every documented example sends the string "true", and a
// JSON bool is accepted too. The flag keeps the JSON form it arrived in, so a setting read back
// and posted again is sent exactly as GAuth holds it.
type Shared struct {
	raw json.RawMessage
}

// SharedFlag returns the flag in the documented string form: "true" or "false".
func SharedFlag(shared bool) Shared {
	if shared {
		return Shared{raw: json.RawMessage(`"true"`)}
	}
	return Shared{raw: json.RawMessage(`"false"`)}
}

// Bool reports the flag: true for the bool true or the string "true" in any case.
func (s Shared) Bool() bool {
	var value any
	if json.Unmarshal(s.raw, &value) != nil {
		return false
	}
	switch v := value.(type) {
	case bool:
		return v
	case string:
		return strings.EqualFold(strings.TrimSpace(v), "true")
	default:
		return false
	}
}

// IsZero reports an absent flag, which the omitzero option leaves out of the JSON.
func (s Shared) IsZero() bool {
	return len(s.raw) == 0
}

// MarshalJSON emits the flag as it was received or built.
func (s Shared) MarshalJSON() ([]byte, error) {
	if s.IsZero() {
		return []byte("null"), nil
	}
	return s.raw, nil
}

// UnmarshalJSON accepts a string, a bool or null (an absent flag).
func (s *Shared) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	switch {
	case bytes.Equal(data, []byte("null")):
		s.raw = nil
	case len(data) > 0 && (data[0] == '"' || data[0] == 't' || data[0] == 'f'):
		// The decoder has already checked the syntax; copy because it reuses its buffer.
		s.raw = append(json.RawMessage(nil), data...)
	default:
		return fmt.Errorf("setting flag shared must be a string or a bool, got %s", data)
	}
	return nil
}
