// openapi-python-client 0.29.1 ignores `explode`. It always sends an array query parameter as
// repeated `name=value` pairs and spreads an object's properties as separate pairs, so
// `explode: false` (one comma-separated value) never takes effect. A primitive value is sent the
// same way either way, so only arrays, objects and schemas without a primitive `type` are
// reported.
const PRIMITIVE_TYPES = new Set(['string', 'integer', 'number', 'boolean']);

export default function noExplodeFalse() {
  return {
    Parameter(parameter, { report, location, resolve }) {
      if (parameter.explode !== false) {
        return;
      }
      if (parameter.in !== 'query' && parameter.in !== 'cookie') {
        // Paths and headers use the `simple` style, for which `explode: false` is the default.
        return;
      }
      const schema = parameter.schema === undefined ? undefined : resolve(parameter.schema).node;
      if (schema !== undefined && PRIMITIVE_TYPES.has(schema.type)) {
        return;
      }
      report({
        message:
          `Parameter \`${parameter.name}\` sets \`explode: false\`, which ` +
          'openapi-python-client ignores because it sends repeated `name=value` pairs, not ' +
          'one comma-separated value. Use `explode: true`, or a string parameter that the ' +
          'client joins itself.',
        location: location.child('explode'),
      });
    },
  };
}
