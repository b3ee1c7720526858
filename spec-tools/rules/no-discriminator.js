// openapi-python-client 0.29.1 reads `discriminator` into its model of the document but never
// uses it. A oneOf or anyOf becomes a Union that is parsed by trying each variant in order, so a
// payload can be parsed as the wrong variant.
export default function noDiscriminator() {
  return {
    Schema(schema, { report, location }) {
      if (schema.discriminator === undefined) {
        return;
      }
      report({
        message:
          'openapi-python-client ignores `discriminator` and parses a oneOf or anyOf by trying ' +
          'each variant in order. Make the variants differ in their required properties or ' +
          'types, and remove the discriminator.',
        location: location.child('discriminator').key(),
      });
    },
  };
}
