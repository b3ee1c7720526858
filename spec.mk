# Spec tooling from the npm registry: lint, TypeScript check and HTML reference of openapi.yaml.
# The Makefile includes this file; the Node.js tools are pinned in spec-tools/package-lock.json.

SPEC_TOOLS := spec-tools
NODE_BIN := $(SPEC_TOOLS)/node_modules/.bin
NODE_STAMP := $(SPEC_TOOLS)/node_modules/.installed
REDOCLY_CONFIG := $(SPEC_TOOLS)/redocly.yaml
TS_TYPES := $(SPEC_TOOLS)/ts/generated/mgbi-api.ts
DOCS_HTML := docs/api/index.html

# Keep Redocly CLI off the network: no usage data, no new-version check.
REDOCLY := REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true $(NODE_BIN)/redocly

.PHONY: spec-tools lint-spec ts-check docs-spec spec-check

spec-tools: $(NODE_STAMP)

# --ignore-scripts: no package may run an install script, so nothing is downloaded beyond the
# packages themselves from the npm registry.
$(NODE_STAMP): $(SPEC_TOOLS)/package.json $(SPEC_TOOLS)/package-lock.json
	npm ci --prefix $(SPEC_TOOLS) --ignore-scripts --no-audit --no-fund
	@touch $@

lint-spec: $(STAMP) $(NODE_STAMP)
	$(BIN)/openapi-spec-validator openapi.yaml
	$(REDOCLY) lint openapi.yaml --config $(REDOCLY_CONFIG)

ts-check: $(NODE_STAMP)
	$(NODE_BIN)/openapi-typescript openapi.yaml --output $(TS_TYPES)
	$(NODE_BIN)/tsc --project $(SPEC_TOOLS)/ts/tsconfig.json --noEmit

# --inlineBundle embeds the Redoc scripts, so the page needs no CDN. Only the introduction and
# the menu are prerendered; the scripts draw the operations from the description embedded in the
# page, which the check below looks for.
# NOTE: the page has not been opened in a browser here. Its menu links are paths such as
# /pl-krs-wp-record, so serve docs/api over HTTP rather than opening the file directly.
docs-spec: $(NODE_STAMP)
	$(REDOCLY) build-docs openapi.yaml --config $(REDOCLY_CONFIG) --inlineBundle --output $(DOCS_HTML)
	@grep -q '"operationId":"krs_wp_get_records"' $(DOCS_HTML) || { \
	  echo "$(DOCS_HTML) lacks the operation krs_wp_get_records; check the build-docs output above." >&2; \
	  exit 1; }
	@echo "Rendered the API reference to $(DOCS_HTML)."

spec-check: lint-spec ts-check docs-spec

# Contract tests with tools written outside this project: schemathesis against the sandbox,
# Prism's generated responses through mgbi.Client, hypothesis-jsonschema instances through
# the generated models. `make test` runs them too, but skips the Prism part when
# spec-tools/node_modules is missing; this target installs the npm packages first.
# Prism CLI is pinned to 5.14.2, and the overrides in spec-tools/package.json hold its
# prism-core, prism-http and prism-http-server at 5.8.0, 5.12.0 and 5.12.2. The CLI's version
# ranges would otherwise take 5.16.0 of each, and Prism 5.15.10 and newer declare Node.js 24
# or newer, while the project runs on Node.js 20.
.PHONY: contract-test

contract-test: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest tests/contract
