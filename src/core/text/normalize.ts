/** Text helpers shared by every rule. */

/**
 * What the components apply to customer text before saving it: NFC (Apex has no Unicode
 * normalization, so it must happen on the client) and LF line endings.
 */
export function normalizeText(value: string): string {
  return value.normalize("NFC").replace(/\r\n?/g, "\n");
}
