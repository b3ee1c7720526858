// Redocly CLI plugin with the rules that catch what openapi-python-client 0.29.1 (the version
// requirements-dev.txt pins) drops or ignores without a warning. Each rule's module states what
// the generator does instead, as read from the generator's parser and templates.
import noDeepObject from './no-deep-object.js';
import noDiscriminator from './no-discriminator.js';
import noExplodeFalse from './no-explode-false.js';
import operationEvidence from './operation-evidence.js';
import responseContentTypeMapped from './response-content-type-mapped.js';

export default function mgbiPlugin() {
  return {
    id: 'mgbi',
    rules: {
      oas3: {
        'no-deep-object': noDeepObject,
        'no-discriminator': noDiscriminator,
        'no-explode-false': noExplodeFalse,
        'operation-evidence': operationEvidence,
        'response-content-type-mapped': responseContentTypeMapped,
      },
    },
  };
}
