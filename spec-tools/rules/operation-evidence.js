// Every operation states how much is known about it, so that clients in every language can tell
// a documented call from a guessed one. info.description of openapi.yaml defines the values.
const EVIDENCE_VALUES = ['documented', 'consumer', 'inferred'];

export default function operationEvidence() {
  return {
    Operation(operation, { report, location }) {
      const evidence = operation['x-mgbi-evidence'];
      const allowed = EVIDENCE_VALUES.map((value) => `\`${value}\``).join(', ');
      if (evidence === undefined) {
        report({
          message: `Operation is missing \`x-mgbi-evidence\`. Set it to one of ${allowed}.`,
          location: location.key(),
        });
        return;
      }
      if (!EVIDENCE_VALUES.includes(evidence)) {
        report({
          message:
            `Invalid \`x-mgbi-evidence\` value ${JSON.stringify(evidence)}. ` +
            `Expected one of ${allowed}.`,
          location: location.child('x-mgbi-evidence'),
        });
      }
    },
  };
}
