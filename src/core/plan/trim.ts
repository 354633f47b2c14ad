/** Text as Apex stores and compares it: the trimming every plan rule (fingerprint, readiness, health) uses. */

/**
 * CR/CRLF → LF, then strip leading and trailing characters ≤ U+0020 — exactly Apex
 * `value.replace('\r\n', '\n').replace('\r', '\n').trim()`. Not JS String.trim, which also
 * strips Unicode spaces such as U+00A0 and U+3000 that Apex keeps.
 */
export function platformTrim(value: string | null): string {
  if (value === null) return "";
  const text = value.replace(/\r\n?/g, "\n");
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

/** True when a value is present: not null and not empty after platformTrim. */
export function hasText(value: string | null): boolean {
  return platformTrim(value) !== "";
}
