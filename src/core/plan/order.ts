/**
 * The order of the core: text by code units (never localeCompare), so it is the same in every locale and
 * in Apex; plan records by Sequence then Key (the canonical order of content, documents and readiness);
 * configuration records by sequence then code.
 */

/** Code-point order: stable across locales (unlike localeCompare) and identical in Apex. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The canonical order of plan records: Sequence, then Key by code units (never localeCompare). */
export function compareSequenceThenKey(a: { sequence: number; key: string }, b: { sequence: number; key: string }) {
  if (a.sequence !== b.sequence) return a.sequence < b.sequence ? -1 : 1;
  return compareText(a.key, b.key);
}

/** Records in canonical order (a sorted copy): Sequence, then Key. */
export function bySequenceThenKey<T extends { sequence: number; key: string }>(records: T[]): T[] {
  return [...records].sort(compareSequenceThenKey);
}

/** Configuration records in display order: sequence, then code (code-point order). */
export function bySequenceThenCode(a: { sequence: number; code: string }, b: { sequence: number; code: string }) {
  return a.sequence - b.sequence || compareText(a.code, b.code);
}
