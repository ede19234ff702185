package functions_test

// contractRegions is CONTRACT.md A.0, written out here rather than read from the provider's table
// so that a wrong entry there fails these tests.
var contractRegions = []struct{ name, domain string }{
	{"us-east-1", "mypurecloud.com"},
	{"us-east-2", "use2.us-gov-pure.cloud"},
	{"us-west-2", "usw2.pure.cloud"},
	{"ca-central-1", "cac1.pure.cloud"},
	{"sa-east-1", "sae1.pure.cloud"},
	{"mx-central-1", "mxc1.pure.cloud"},
	{"eu-west-1", "mypurecloud.ie"},
	{"eu-west-2", "euw2.pure.cloud"},
	{"eu-central-1", "mypurecloud.de"},
	{"eu-central-2", "euc2.pure.cloud"},
	{"me-central-1", "mec1.pure.cloud"},
	{"ap-south-1", "aps1.pure.cloud"},
	{"ap-southeast-1", "apse1.pure.cloud"},
	{"ap-southeast-2", "mypurecloud.com.au"},
	{"ap-northeast-1", "mypurecloud.jp"},
	{"ap-northeast-2", "apne2.pure.cloud"},
	{"ap-northeast-3", "apne3.pure.cloud"},
	{"eusc-de-east-1", "edee1.eusc-pure.cloud"},
}

// badRegions are inputs every region function must refuse: a typo, an empty string, a host
// rather than a domain, and a parent domain that is no region's.
var badRegions = []string{"us-east-9", "", "api.mypurecloud.com", "pure.cloud"}

// expected is what each function returns for a region of the given domain.
var expected = map[string]func(domain string) string{
	"region_domain":    func(d string) string { return d },
	"region_api_url":   func(d string) string { return "https://api." + d },
	"region_login_url": func(d string) string { return "https://login." + d },
}
