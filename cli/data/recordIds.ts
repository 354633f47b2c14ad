/**
 * Salesforce record Ids in CSV input: 15 characters (case-sensitive) or 18 (with the case-folding suffix).
 * Apex concatenates the 18-character form into keys (Rating_Key__c, Respondent_Key__c), so a 15-character Id is
 * extended here the way the platform does: each group of 5 characters gives one suffix character, whose bits
 * mark the upper-case letters of that group.
 */
const SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

export function isRecordId(value: string, prefix: string): boolean {
  return (
    /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(value) &&
    value.startsWith(prefix) &&
    (value.length === 15 || to18(value.slice(0, 15)) === value)
  );
}

export function to18(id: string): string {
  if (id.length === 18) return id;
  let suffix = "";
  for (let group = 0; group < 3; group++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id[group * 5 + i];
      if (c >= "A" && c <= "Z") bits |= 1 << i;
    }
    suffix += SUFFIX[bits];
  }
  return id + suffix;
}
