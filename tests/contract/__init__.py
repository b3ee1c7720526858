"""Contract tests that check the sandbox, the client and the generated models against
openapi.yaml with tools written outside this project: schemathesis, Prism and
hypothesis-jsonschema."""
