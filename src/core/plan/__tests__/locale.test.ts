import spec from "../../../../spec/plan-locale.json";
import { formatDatePattern, languageTag, planLanguageForCountry } from "../locale";
import { personName } from "../../text/personName";

describe("spec/plan-locale.json", () => {
  it.each(spec.vectors)("$name", ({ date, pattern, expect: expected }) => {
    expect(formatDatePattern(date, pattern)).toBe(expected);
  });
  it.each(spec.names)("name: $name", ({ firstName, lastName, language, expect: expected }) => {
    expect(personName({ firstName, lastName }, language)).toBe(expected);
  });
});

describe("formatDatePattern", () => {
  it("gives null for a blank or unreadable date, so the document can say Not set", () => {
    expect(formatDatePattern(null, "yyyy")).toBeNull();
    expect(formatDatePattern(undefined, "yyyy")).toBeNull();
    expect(formatDatePattern("", "yyyy")).toBeNull();
    expect(formatDatePattern("1 July", "yyyy")).toBeNull();
  });
});

describe("languageTag", () => {
  it("turns a plan language into a BCP 47 tag, English when blank", () => {
    expect(languageTag("zh_CN")).toBe("zh-CN");
    expect(languageTag("ja")).toBe("ja");
    expect(languageTag(null)).toBe("en");
  });
});

describe("planLanguageForCountry", () => {
  it("starts a plan in the country's language when a plan can be written in it", () => {
    expect(planLanguageForCountry("JP", "en")).toBe("ja");
    expect(planLanguageForCountry("kr", "en")).toBe("ko");
    expect(planLanguageForCountry("CN", "en")).toBe("zh_CN");
    expect(planLanguageForCountry("AT", "en")).toBe("de");
    expect(planLanguageForCountry("FR", "de")).toBe("fr");
    expect(planLanguageForCountry("ES", "en")).toBe("es");
    expect(planLanguageForCountry("IT", "en")).toBe("it");
    expect(planLanguageForCountry("US", "de")).toBe("en");
  });

  it("keeps the fallback for a country without a plan language, or none", () => {
    expect(planLanguageForCountry("BR", "es")).toBe("es");
    expect(planLanguageForCountry(null, "ko")).toBe("ko");
    expect(planLanguageForCountry("", "en")).toBe("en");
  });
});
