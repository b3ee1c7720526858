// openapi-python-client 0.29.1 ignores a parameter's `style`. It spreads the properties of an
// object query parameter into separate `key=value` pairs, so `filter[key]=value` is never sent.
export default function noDeepObject() {
  return {
    Parameter(parameter, { report, location }) {
      if (parameter.style !== 'deepObject') {
        return;
      }
      report({
        message:
          `Parameter \`${parameter.name}\` uses \`style: deepObject\`, which ` +
          'openapi-python-client ignores because it sends each property as its own ' +
          `\`key=value\` pair instead of \`${parameter.name}[key]=value\`. Describe each ` +
          'bracketed key as a parameter of its own.',
        location: location.child('style'),
      });
    },
  };
}
