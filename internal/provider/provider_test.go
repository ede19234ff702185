package provider

import (
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/protocol"
)

func TestMain(m *testing.M) { acctest.Main(m, protocol.NewServer(New("test"))) }
