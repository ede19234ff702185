package acctest

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/transport"
)

// The checks of every type ask the API the same few questions of the object a test made: what it
// holds, and whether it is gone after the destroy. They differ in the getter and in whether the
// API shows a change at once (GAuth) or after a while (Genesys Cloud, REAL-ORG-BEHAVIOUR R4).

// checkVisible asks the API for the object *id names, waiting for it to show, and runs check on it.
func checkVisible[T any](get func(context.Context, string) (T, error), id *string, check func(T) error) resource.TestCheckFunc {
	return func(*terraform.State) error {
		v, err := Visible(get, *id)
		if err != nil {
			return err
		}
		return check(v)
	}
}

// checkGot asks the API, which shows a change at once, for the object *id names and runs check on it.
func checkGot[T any](get func(context.Context, string) (T, error), id *string, check func(T) error) resource.TestCheckFunc {
	return func(*terraform.State) error {
		v, err := get(context.Background(), *id)
		if err != nil {
			return err
		}
		return check(v)
	}
}

// checkGoneAfterDestroy is a CheckDestroy for an API whose reads show a delete only after a
// while: the destroy does not wait for that, so this check does, until get answers 404 or gone
// says so of what it answers.
func checkGoneAfterDestroy[T any](what string, get func(context.Context, string) (T, error), id *string, gone func(T) bool) resource.TestCheckFunc {
	return func(*terraform.State) error {
		if err := AwaitGone(context.Background(), SettleWait, goneProbe(get, *id, gone)); err != nil {
			return fmt.Errorf("%s %s still exists after destroy: %w", what, *id, err)
		}
		return nil
	}
}

// notFoundAfterDestroy is the error of a destroy that left the object id names, for an API that
// shows a delete at once: get must answer 404.
func notFoundAfterDestroy[T any](what string, get func(context.Context, string) (T, error), id string) error {
	if _, err := get(context.Background(), id); !transport.IsNotFound(err) {
		return fmt.Errorf("%s %s still exists after destroy (err %w)", what, id, err)
	}
	return nil
}

// goneProbe is the probe of AwaitGone for the object id names: gone when get answers 404, or when
// gone says so of what get answers.
func goneProbe[T any](get func(context.Context, string) (T, error), id string, gone func(T) bool) func(context.Context) (bool, error) {
	return func(ctx context.Context) (bool, error) {
		v, err := get(ctx, id)
		if transport.IsNotFound(err) {
			return true, nil
		}
		return err == nil && gone(v), err
	}
}
