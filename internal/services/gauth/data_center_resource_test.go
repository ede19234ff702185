package gauth_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/hashicorp/terraform-plugin-testing/helper/resource"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/emulator"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/gauth"
)

const (
	dataCenterAddr  = "genesys_gauth_data_center.test"
	dataCentersPath = "/environment/v3/data-centers"
)

// dataCenterConfig is a data center; an empty readOnly leaves read_only to its default.
func dataCenterConfig(env *acctest.Env, location, entryPoint, readOnly string) string {
	readOnlyLine := ""
	if readOnly != "" {
		readOnlyLine = "read_only   = " + readOnly
	}
	return env.ProviderConfig() + fmt.Sprintf(`
resource "genesys_gauth_data_center" "test" {
  location    = %[1]q
  entry_point = %[2]q
  %[3]s
}
`, location, entryPoint, readOnlyLine)
}

func TestAccGAuthDataCenter_lifecycle(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	var id string
	location, euw1 := acctest.RandomLocation("USW1"), acctest.RandomLocation("EUW1")
	usw1 := gauth.DataCenter{Location: location, EntryPoint: "https://gauth-usw1.example.com"}
	primary := gauth.DataCenter{Location: location, EntryPoint: "http://gauth-auth.gauth.svc:8080", ReadOnly: true}

	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckNoDataCentersAt(location, euw1),
		Steps: []resource.TestStep{
			{
				Config:           dataCenterConfig(env, usw1.Location, usw1.EntryPoint, ""),
				ConfigPlanChecks: acctest.ExpectCreate(dataCenterAddr),
				ConfigStateChecks: acctest.ExpectAttrs(dataCenterAddr,
					acctest.UUIDAttr("id"),
					acctest.StringAttr("location", location),
					acctest.StringAttr("entry_point", usw1.EntryPoint),
					acctest.BoolAttr("read_only", false),
				),
				Check: resource.ComposeTestCheckFunc(acctest.CaptureID(dataCenterAddr, &id), env.CheckDataCenter(&id, usw1)),
			},
			acctest.EmptyPlanStep(dataCenterConfig(env, usw1.Location, usw1.EntryPoint, "")),
			{
				// An in-cluster http entry point, and the primary region's flag: updated in place.
				Config:           dataCenterConfig(env, primary.Location, primary.EntryPoint, "true"),
				ConfigPlanChecks: acctest.ExpectUpdate(dataCenterAddr),
				Check:            env.CheckDataCenter(&id, primary),
			},
			acctest.ImportCommandStep(dataCenterAddr),
			acctest.ImportBlockStep(dataCenterAddr),
			{
				// Changed outside Terraform: the plan puts it back.
				PreConfig:        acctest.OutsideTerraform(t, func() error { return env.GAuth.UpdateDataCenter(context.Background(), id, usw1) }),
				Config:           dataCenterConfig(env, primary.Location, primary.EntryPoint, "true"),
				ConfigPlanChecks: acctest.ExpectUpdate(dataCenterAddr),
				Check:            env.CheckDataCenter(&id, primary),
			},
			{
				// Deleted outside Terraform: refresh drops it without error and the plan creates it again.
				PreConfig:        acctest.OutsideTerraform(t, func() error { return env.GAuth.DeleteDataCenter(context.Background(), id) }),
				Config:           dataCenterConfig(env, primary.Location, primary.EntryPoint, "true"),
				ConfigPlanChecks: acctest.ExpectCreate(dataCenterAddr),
				Check:            resource.ComposeTestCheckFunc(acctest.CaptureID(dataCenterAddr, &id), env.CheckDataCenter(&id, primary)),
			},
			{
				// Another location is another data center.
				Config:           dataCenterConfig(env, euw1, primary.EntryPoint, "true"),
				ConfigPlanChecks: acctest.ExpectReplace(dataCenterAddr),
				Check: acctest.CheckFunc(func() error {
					all, err := env.OwnDataCenters(location, euw1)
					if err != nil {
						return err
					}
					if len(all) != 1 || all[0].Location != euw1 {
						return fmt.Errorf("GAuth holds %+v after the location changed, want only %s", all, euw1)
					}
					return nil
				}),
			},
		},
	})
}

// A create that GAuth stored but answered with a server error is found by location and adopted.
func TestAccGAuthDataCenter_adoptsAmbiguousCreate(t *testing.T) {
	t.Parallel()
	env, emu := acctest.NewEmulatorEnv(t, emulator.Options{})
	var id string

	acctest.Test(t, resource.TestCase{
		CheckDestroy: env.CheckNoDataCenters,
		Steps: []resource.TestStep{{
			PreConfig: func() {
				acctest.MustSetFaults(t, emu, emulator.FaultRule{Method: "POST", Route: dataCentersPath, Kind: emulator.FaultCommitThenFail, Count: 1})
			},
			Config: dataCenterConfig(env, "/USW1", "https://gauth-usw1.example.com", ""),
			Check: resource.ComposeTestCheckFunc(
				acctest.CaptureID(dataCenterAddr, &id),
				acctest.CheckFunc(func() error {
					all, err := env.GAuth.ListDataCenters(context.Background())
					if err != nil {
						return err
					}
					if emu.Stats().CountStatus(500) != 1 || len(all) != 1 || all[0].ID != id {
						return fmt.Errorf("after one failed-but-stored create GAuth holds %+v and state has %s, want that one adopted", all, id)
					}
					return nil
				}),
			),
		}},
	})
}

func TestAccGAuthDataCenter_validation(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	acctest.CheckPlanErrors(t, env, []acctest.PlanErrorCase{
		{
			Name:   "location without its slash",
			Config: dataCenterConfig(env, "USW1", "https://gauth-usw1.example.com", ""),
			Want:   acctest.ErrorText(`Attribute location must start with "/" and contain no spaces, such as /USW1, got: USW1`),
		},
		{
			Name:   "entry point without a scheme",
			Config: dataCenterConfig(env, "/USW1", "gauth-usw1.example.com", ""),
			Want:   acctest.ErrorText(`entry_point = "gauth-usw1.example.com" "gauth-usw1.example.com" is not an absolute http(s) URL`),
		},
		{
			Name:   "entry point not http(s)",
			Config: dataCenterConfig(env, "/USW1", "ftp://gauth-usw1.example.com", ""),
			Want:   acctest.ErrorText(`"ftp://gauth-usw1.example.com" is not an absolute http(s) URL`),
		},
	})
}

// A location that already has a data center is refused with the way to take it over.
func TestAccGAuthDataCenter_locationTaken(t *testing.T) {
	t.Parallel()
	env := acctest.NewEnv(t, emulator.Options{})
	location := acctest.RandomLocation("USW1")
	id := env.SeedGAuthDataCenter(t, gauth.DataCenter{Location: location, EntryPoint: "https://gauth-usw1.example.com"})
	acctest.Test(t, resource.TestCase{
		Steps: []resource.TestStep{{
			Config:      dataCenterConfig(env, location, "https://gauth-usw1.example.com", ""),
			ExpectError: acctest.ErrorText(`A GAuth data center for location "` + location + `" already exists, and the API takes only one. To manage it with this resource, import it: terraform import genesys_gauth_data_center.<name> ` + id),
		}},
	})
}
