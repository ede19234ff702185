package acctest

import (
	"context"
	"fmt"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
	"github.com/hashicorp/terraform-plugin-testing/helper/resource"
	"github.com/hashicorp/terraform-plugin-testing/terraform"
)

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
