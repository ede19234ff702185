package provider

// Checks and matchers shared by the acceptance tests.
