/** "Germany (DE)" in the given language; the bare code when the runtime cannot name it. */
export function countryName(countryCode, language) {
  if (!countryCode) return null;
  try {
    const name = new Intl.DisplayNames([language || "en"], { type: "region" }).of(countryCode);
    return name && name !== countryCode ? `${name} (${countryCode})` : countryCode;
  } catch {
    // An unknown or malformed code: show it as it is.
    return countryCode;
  }
}
