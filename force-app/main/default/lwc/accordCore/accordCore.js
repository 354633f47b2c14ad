// GENERATED FILE: do not edit. Source: src/core (TypeScript), built by `npm run build`.
// checks/generated.js fails when this file is stale.
/** Text helpers shared by every rule. */
/**
 * What the components apply to customer text before saving it: NFC (Apex has no Unicode
 * normalization, so it must happen on the client) and LF line endings.
 */
function normalizeText(value) {
    return value.normalize('NFC').replace(/\r\n?/g, '\n');
}

export { normalizeText };
