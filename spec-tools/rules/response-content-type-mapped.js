// openapi-python-client 0.29.1 gives a response a Python type only for the content types in
// isMapped below, after replacing each one through `content_type_overrides` of
// generator-config.yml. For a response with several content types it keeps the first one it can
// map and drops the others without a warning. This rule reads the overrides from
// generator-config.yml on every run, so the two cannot drift apart.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parse as parseYaml } from 'yaml';

// The folder that contains redocly.yaml. The `generatorConfig` option is relative to it.
const CONFIG_DIR = resolvePath(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_GENERATOR_CONFIG = '../generator-config.yml';
const MAPPED_TYPES = 'application/json, any */*+json, application/octet-stream and text/*';

export default function responseContentTypeMapped(options = {}) {
  const configPath = resolvePath(CONFIG_DIR, options.generatorConfig ?? DEFAULT_GENERATOR_CONFIG);
  const overrides = readContentTypeOverrides(configPath);
  const shownPath = relative(process.cwd(), configPath);

  return {
    Response(response, { report, location }) {
      for (const contentType of Object.keys(response.content ?? {})) {
        const mediaType = effectiveMediaType(contentType, overrides);
        if (mediaType !== null && isMapped(mediaType)) {
          continue;
        }
        report({
          message:
            `openapi-python-client cannot map response content type \`${contentType}\` ` +
            `(it maps ${MAPPED_TYPES}), so it drops this entry or rejects the response. ` +
            `Add it to content_type_overrides in ${shownPath}, for example as ` +
            'application/octet-stream for a file.',
          location: location.child(['content', contentType]).key(),
        });
      }
    },
  };
}

function readContentTypeOverrides(configPath) {
  let text;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch (error) {
    throw new Error(
      `Failed to read the generator config ${configPath} (${error.message}). Set the ` +
        '`generatorConfig` option of mgbi/response-content-type-mapped to its path, ' +
        'relative to the folder of redocly.yaml.',
    );
  }
  const overrides = parseYaml(text)?.content_type_overrides ?? {};
  const isStringMap =
    typeof overrides === 'object' &&
    !Array.isArray(overrides) &&
    Object.values(overrides).every((value) => typeof value === 'string');
  if (!isStringMap) {
    throw new Error(
      `content_type_overrides in ${configPath} must map content types to content types.`,
    );
  }
  return overrides;
}

// Mirror the generator's content type parsing. It looks the override up by the exact key and cuts
// the parameters after `;`. It rejects a value that does not start with its own lowercased
// `type/subtype`, which happens with an upper-case letter or without exactly one `/`.
function effectiveMediaType(contentType, overrides) {
  const effective = Object.hasOwn(overrides, contentType) ? overrides[contentType] : contentType;
  const parsed = effective.split(';')[0].trim().toLowerCase();
  const mediaType = parsed.split('/').length === 2 ? parsed : 'text/plain';
  return effective.startsWith(mediaType) ? mediaType : null;
}

function isMapped(mediaType) {
  return (
    mediaType === 'application/json' ||
    mediaType === 'application/octet-stream' ||
    mediaType.startsWith('text/') ||
    mediaType.endsWith('+json')
  );
}
