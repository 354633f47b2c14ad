import { countryName } from "c/accordCountryName";

describe("c/accordCountryName", () => {
  it("names a country in the given language, its code beside the name", () => {
    expect(countryName("DE", "de")).toBe("Deutschland (DE)");
    expect(countryName("JP", "de")).toBe("Japan (JP)");
    expect(countryName("JP", "ja")).toBe("日本 (JP)");
    expect(countryName("DE", "ja")).toBe("ドイツ (DE)");
    expect(countryName("KR", "en-US")).toBe("South Korea (KR)");
  });

  it("names it in English when no language is given", () => {
    expect(countryName("FR")).toBe("France (FR)");
  });

  it("shows the code as it is when the country has no name or the code is malformed", () => {
    expect(countryName("XX", "de")).toBe("XX");
    expect(countryName("D1", "de")).toBe("D1");
  });

  it("has nothing to name without a code", () => {
    expect(countryName(null, "de")).toBeNull();
    expect(countryName("", "de")).toBeNull();
  });
});
