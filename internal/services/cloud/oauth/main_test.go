package oauth_test

import (
	"testing"

	"github.com/ccaas-tf/terraform-provider-genesys/internal/acctest"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/protocol"
	"github.com/ccaas-tf/terraform-provider-genesys/internal/provider"
)

func TestMain(m *testing.M) { acctest.Main(m, protocol.NewServer(provider.New("test"))) }
