package acctest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
)

// SeedGAuthDataCenter creates a data center through the API, for a test about one that exists
// before the run, and returns its id.
func (e *Env) SeedGAuthDataCenter(t *testing.T, dc gauth.DataCenter) string {
	t.Helper()
	id, err := e.GAuth.CreateDataCenter(t.Context(), dc)
	if err != nil {
		t.Fatal(err)
	}
	e.cleanupInRealOrg(t, "data center "+dc.Location, func(ctx context.Context) error { return e.GAuth.DeleteDataCenter(ctx, id) })
	return id
}

// CheckDataCenter asks GAuth for the data center and compares it, id aside.
func (e *Env) CheckDataCenter(id *string, want gauth.DataCenter) resource.TestCheckFunc {
	return func(*terraform.State) error {
		got, err := e.GAuth.GetDataCenter(context.Background(), *id)
		if err != nil {
			return err
		}
		want.ID = got.ID
		if *got != want {
			return fmt.Errorf("GAuth holds data center %+v, want %+v", *got, want)
		}
		return nil
	}
}

// CheckNoDataCenters is a CheckDestroy: the tests start from an emulator without data centers.
func (e *Env) CheckNoDataCenters(*terraform.State) error {
	all, err := e.GAuth.ListDataCenters(context.Background())
	if err != nil {
		return err
	}
	if len(all) != 0 {
		return fmt.Errorf("data centers still exist after destroy: %+v", all)
	}
	return nil
}

// CheckNoDataCentersAt is CheckNoDataCenters for a test that may share its org: there no data
// center is left at the test's locations, and with the in-process emulator none at all.
func (e *Env) CheckNoDataCentersAt(locations ...string) resource.TestCheckFunc {
	return func(*terraform.State) error {
		all, err := e.OwnDataCenters(locations...)
		if err != nil {
			return err
		}
		if len(all) != 0 {
			return fmt.Errorf("data centers still exist after destroy: %+v", all)
		}
		return nil
	}
}

// OwnDataCenters lists the data centers the test may have made: every one with the in-process
// emulator, which the test has to itself, and those at its locations in a shared org.
func (e *Env) OwnDataCenters(locations ...string) ([]gauth.DataCenter, error) {
	all, err := e.GAuth.ListDataCenters(context.Background())
	if err != nil || e.emu != nil {
		return all, err
	}
	return slices.DeleteFunc(all, func(dc gauth.DataCenter) bool { return !slices.Contains(locations, dc.Location) }), nil
}
