package kit

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// AddAPIError is the one place an API failure becomes a diagnostic. what says what failed, verb
// first ("create role \"Partner\""): the summary names that operation ("Error Creating Role").
// permission is the Genesys permission the call needs (shown on 401/403).
func AddAPIError(diags *diag.Diagnostics, what, permission string, err error) {
	if u, ok := transport.AsUnreachable(err); ok {
		diags.AddError("Genesys API Unreachable", unreachableDetail(what, err, u))
		return
	}
	diags.AddError(errorSummary(what), apiErrorDetail(what, permission, err))
}

// unreachableDetail explains a refused connection once per API and provider run: when the API
// is down, every resource of the plan fails the same way, and one explanation is enough.
func unreachableDetail(what string, err error, u *transport.UnreachableError) string {
	if u.Repeat {
		return fmt.Sprintf("Could not %s: nothing accepts connections at %s either (connection refused). "+
			"Another error of this run says what to check.", what, u.URL)
	}
	return fmt.Sprintf("Could not %s.\n\n%s\n\nNothing accepts connections at %s. Check that the API is up and that the "+
		"provider's URLs name it: api_url and login_url of the cloud block (GENESYSCLOUD_API_URL, GENESYSCLOUD_LOGIN_URL), "+
		"url of the gauth block (GENESYS_GAUTH_URL). For genesys-emulator, start it and use the address it prints "+
		"(listening on http://HOST:PORT). A loopback address that refuses is not retried; other hosts are, for up to half a minute.",
		what, err, u.URL)
}

func apiErrorDetail(what, permission string, err error) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Could not %s.\n\n", what)

	apiErr, ok := transport.AsAPIError(err)
	if !ok {
		b.WriteString(err.Error())
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			b.WriteString("\n\nThe operation was interrupted before the API answered; run terraform again to continue.")
		}
		return b.String()
	}

	WriteAPIAnswer(&b, apiErr)

	gauthCall := strings.HasPrefix(apiErr.Path, "/auth/v3") || strings.HasPrefix(apiErr.Path, "/environment/v3")
	switch {
	case apiErr.StatusCode == 401 && gauthCall:
		b.WriteString("\n\nThe credentials were refused. Check the gauth block: ops_username and ops_password for " +
			"/auth/v3/ops and data centers, client_id and client_secret for /environment/v3.")
	case apiErr.StatusCode == 401:
		b.WriteString("\n\nThe credentials were refused. Check the cloud block's client_id and client_secret, and that the OAuth client " +
			"is active; or, when running with a user's access_token, that it has not expired.")
	case apiErr.StatusCode == 403 && gauthCall:
		b.WriteString("\n\nThe GAuth API client used by Terraform (gauth.client_id) needs the ROLE_INTERNAL_CLIENT authority, " +
			"or configure the ops credentials instead.")
	case apiErr.StatusCode == 403 && permission != "":
		fmt.Fprintf(&b, "\n\nThe OAuth client used by Terraform lacks a permission: grant it a role with %s.", permission)
	case apiErr.StatusCode == 403:
		b.WriteString("\n\nThe OAuth client used by Terraform lacks a permission for this call.")
	case apiErr.StatusCode == 429:
		b.WriteString("\n\nThe API rate limit was still exhausted after retries; run terraform again later or with lower -parallelism.")
	}
	return b.String()
}

// WriteAPIAnswer states what the API answered: the call, the status, the code and message, and
// the correlation id.
func WriteAPIAnswer(b *strings.Builder, apiErr *transport.APIError) {
	fmt.Fprintf(b, "%s %s answered HTTP %d", apiErr.Method, apiErr.Path, apiErr.StatusCode)
	if apiErr.Code != "" {
		fmt.Fprintf(b, " (code %s)", apiErr.Code)
	}
	if apiErr.Message != "" {
		// Genesys messages often end a sentence already.
		fmt.Fprintf(b, ": %s", strings.TrimSuffix(apiErr.Message, "."))
	}
	b.WriteString(".")
	if apiErr.CorrelationID != "" {
		fmt.Fprintf(b, "\nCorrelation id: %s (quote it to Genesys support).", apiErr.CorrelationID)
	}
}

// gerunds are the verbs an AddAPIError what starts with, as a summary says them.
var gerunds = map[string]string{
	"check": "Checking", "create": "Creating", "delete": "Deleting", "find": "Finding", "grant": "Granting",
	"list": "Listing", "look": "Looking Up", "read": "Reading", "restore": "Restoring", "set": "Setting",
	"update": "Updating",
}

// objectWords are the words of the objects a what names; the summary keeps the object's name and
// leaves out ids, names and explanations.
var objectWords = map[string]bool{
	"api": true, "built-in": true, "center": true, "centers": true, "client": true, "clients": true,
	"contact": true, "cors": true, "data": true, "division": true, "divisions": true, "environment": true,
	"environments": true, "home": true, "oauth": true, "origins": true, "permissions": true, "role": true,
	"roles": true, "settings": true,
}

// errorSummary is the summary of an API error: the operation of what ("Error Updating Role"),
// or, for a what it cannot read, "Genesys API Error".
func errorSummary(what string) string {
	words := strings.Fields(what)
	if len(words) == 0 || gerunds[words[0]] == "" {
		return "Genesys API Error"
	}
	var object []string
	for _, w := range words[1:] {
		switch {
		case w == "the" && len(object) == 0:
		case w == "up" && words[0] == "look" && len(object) == 0:
		case w == "of" && len(object) > 0:
			object = append(object, "of")
		case objectWords[strings.ToLower(w)]:
			object = append(object, w)
		default:
			return summaryOf(words[0], object)
		}
	}
	return summaryOf(words[0], object)
}

func summaryOf(verb string, object []string) string {
	if n := len(object); n > 0 && object[n-1] == "of" {
		object = object[:n-1]
	}
	if len(object) == 0 {
		return "Genesys API Error"
	}
	return "Error " + gerunds[verb] + " " + strings.ReplaceAll(titleCase(strings.Join(object, " ")), " Of ", " of ")
}
