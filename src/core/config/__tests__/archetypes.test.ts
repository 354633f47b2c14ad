import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import {
  archetypeByCode,
  findConfigurationGaps,
  languageChain,
  resolveAccountConfiguration,
  resolveRoleProfile,
  type AccountConfigurationRequest
} from "../archetypes";
import type { AccordConfiguration } from "../../contract";
import { errorCodeOf } from "../../../testing/errors";

interface Vector {
  name: string;
  call: "resolveAccountConfiguration" | "resolveRoleProfile" | "archetypeByCode" | "findConfigurationGaps";
  configurationPatch?: Partial<AccordConfiguration>;
  request?: AccountConfigurationRequest;
  roleCode?: string;
  countryCode?: string | null;
  language?: string;
  archetypeCode?: string;
  expected?: unknown;
  expectedError?: string;
}
const spec = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../../spec/archetypes.json"), "utf8")) as {
  configuration: AccordConfiguration;
  vectors: Vector[];
};
const config = spec.configuration;

function call(vector: Vector, configuration: AccordConfiguration): unknown {
  switch (vector.call) {
    case "resolveAccountConfiguration":
      return resolveAccountConfiguration(configuration, vector.request!);
    case "resolveRoleProfile":
      return resolveRoleProfile(configuration, vector.roleCode!, vector.countryCode ?? null, vector.language!);
    case "archetypeByCode":
      return archetypeByCode(configuration, vector.archetypeCode!);
    case "findConfigurationGaps":
      return findConfigurationGaps(configuration);
  }
}

describe("spec/archetypes.json", () => {
  it("has at least 8 vectors, including errors, for every call", () => {
    expect(spec.vectors.length).toBeGreaterThanOrEqual(8);
    expect(spec.vectors.some((v) => v.expectedError)).toBe(true);
    expect(new Set(spec.vectors.map((v) => v.call)).size).toBe(4);
  });

  it.each(spec.vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    const run = () => call(vector, { ...config, ...vector.configurationPatch });
    if (vector.expectedError) expect(errorCodeOf(run)).toBe(vector.expectedError);
    else if (vector.expected === null) expect(run()).toBeNull();
    else expect(run()).toMatchObject(vector.expected as object);
  });
});

/** The same configuration with every list in another order (and archetype role lists reversed). */
function shuffledConfig(seed: number): AccordConfiguration {
  const rotate = <T>(list: T[]) => {
    const k = list.length === 0 ? 0 : seed % list.length;
    return [...list.slice(k), ...list.slice(0, k)].reverse();
  };
  return {
    archetypes: rotate(config.archetypes).map((a) => ({ ...a, requiredRoles: [...a.requiredRoles].reverse() })),
    countries: rotate(config.countries),
    roleProfiles: rotate(config.roleProfiles),
    dimensions: rotate(config.dimensions),
    criteria: rotate(config.criteria),
    settings: config.settings
  };
}

describe("archetype resolution properties", () => {
  const requestArb = fc.record({
    countryCode: fc.option(fc.constantFrom("DE", "KR", "JP", "FR", "US", "de"), { nil: null }),
    language: fc.constantFrom("en", "de", "de_AT", "ko", "ja", "zh_CN", "fr")
  });

  it("does not depend on the order of configuration records", () => {
    fc.assert(
      fc.property(requestArb, fc.nat(), (request, seed) => {
        const other = shuffledConfig(seed);
        expect(resolveAccountConfiguration(other, request)).toEqual(resolveAccountConfiguration(config, request));
        expect(findConfigurationGaps(other)).toEqual(findConfigurationGaps(config));
      })
    );
  });

  it("always resolves every known role to a profile or lists it as missing, most specific level first", () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const resolved = resolveAccountConfiguration(config, request);
        const roles = [...resolved.roleProfiles.map((p) => p.roleCode), ...resolved.rolesWithoutProfile].sort();
        expect(roles).toEqual(["CMO", "HEAD_PHARMACY", "KOL", "PAYER_LIAISON"]);
        for (const p of resolved.roleProfiles) {
          expect(languageChain(request.language)).toContain(p.language);
          expect(resolveRoleProfile(config, p.roleCode, request.countryCode, request.language)).toEqual(p);
          if (p.level !== "Country" && resolved.countryCode !== null) {
            expect(
              config.roleProfiles.some(
                (x) =>
                  x.roleCode === p.roleCode &&
                  x.countryCode === resolved.countryCode &&
                  languageChain(request.language).includes(x.language)
              )
            ).toBe(false);
          }
        }
      })
    );
  });

  it("builds the language chain from the user language", () => {
    expect(languageChain("de_AT")).toEqual(["de_AT", "de", "en"]);
    expect(languageChain("en_US")).toEqual(["en_US", "en"]);
    expect(languageChain("en")).toEqual(["en"]);
  });

  it("rejects malformed configuration with the field named", () => {
    const run = (patch: Record<string, unknown>) =>
      errorCodeOf(() => findConfigurationGaps({ ...config, ...patch } as AccordConfiguration));
    expect(run({ archetypes: [config.archetypes[0], config.archetypes[0]] })).toBe("DUPLICATE_CODE");
    expect(run({ archetypes: [{ ...config.archetypes[0], requiredRoles: "CMO" }] })).toBe("INVALID_INPUT");
    expect(run({ archetypes: [{ ...config.archetypes[0], criterionWeights: { SIZE: NaN } }] })).toBe("INVALID_NUMBER");
    expect(run({ countries: [{ ...config.countries[0], countryCode: "de" }] })).toBe("INVALID_CONFIGURATION");
    expect(run({ countries: [{ ...config.countries[0], kamReadiness: "Maybe" }] })).toBe("INVALID_VALUE");
    expect(run({ roleProfiles: [{ ...config.roleProfiles[0], countryCode: "" }] })).toBe("INVALID_CONFIGURATION");
    expect(run({ roleProfiles: [{ ...config.roleProfiles[0], language: "English" }] })).toBe("INVALID_LANGUAGE");
    expect(run({ roleProfiles: [config.roleProfiles[0], config.roleProfiles[0]] })).toBe("DUPLICATE_CODE");
    expect(run({ settings: undefined })).toBe("INVALID_INPUT");
    expect(errorCodeOf(() => findConfigurationGaps(null as unknown as AccordConfiguration))).toBe("INVALID_INPUT");
    expect(() => resolveAccountConfiguration(config, { countryCode: "Germany", language: "de" })).toThrow(
      'request.countryCode must be a two-letter ISO 3166 country code such as "DE" (got "Germany").'
    );
  });

  it("reports zero archetype overrides and a missing customer weight as gaps", () => {
    const gaps = findConfigurationGaps({
      ...config,
      archetypes: [{ ...config.archetypes[0], criterionWeights: { SIZE: 0 } }],
      countries: [config.countries[0]],
      dimensions: [{ code: "ALIGN", label: "Alignment", audience: "Internal", weight: 2, sequence: 1 }]
    });
    expect(gaps).toEqual(
      expect.arrayContaining([
        { code: "CRITERION_WITHOUT_WEIGHT", criterionCode: "SIZE", archetypeCode: "HOSP" },
        { code: "NO_DIMENSION_WEIGHT", audience: "Customer" }
      ])
    );
    expect(gaps).not.toContainEqual({ code: "NO_DIMENSION_WEIGHT", audience: "Internal" });
    expect(errorCodeOf(() => resolveAccountConfiguration(config, null as unknown as AccountConfigurationRequest))).toBe(
      "INVALID_INPUT"
    );
    expect(
      errorCodeOf(() => resolveAccountConfiguration(config, { countryCode: 7 as unknown as string, language: "en" }))
    ).toBe("INVALID_COUNTRY_CODE");
  });

  it("checks the criterion weight total only where there are criteria, and exactly 100 passes", () => {
    const weightGaps = (patch: Partial<AccordConfiguration>) =>
      findConfigurationGaps({ ...config, ...patch }).filter((g) => g.code === "CRITERION_WEIGHTS_NOT_100");
    expect(weightGaps({ criteria: [] })).toEqual([]);
    const hundred = config.criteria.map((c, i) => ({ ...c, weight: [60, 40, 0][i] }));
    expect(weightGaps({ criteria: hundred, archetypes: [{ ...config.archetypes[0], criterionWeights: {} }] })).toEqual(
      []
    );
    // 101 is as wrong as 5: the total must be exactly 100.
    const over = config.criteria.map((c, i) => ({ ...c, weight: [60, 41, 0][i] }));
    expect(weightGaps({ criteria: over, archetypes: [] })).toEqual([
      { code: "CRITERION_WEIGHTS_NOT_100", archetypeCode: null, total: 101 }
    ]);
  });

  it("finds a country-level profile for a required role, so no gap is reported for that archetype", () => {
    const gaps = findConfigurationGaps({
      ...config,
      roleProfiles: [
        ...config.roleProfiles,
        {
          roleCode: "PAYER_LIAISON",
          countryCode: "KR",
          archetypeCode: null,
          language: "en",
          priorities: "",
          evidenceNeeds: "",
          approach: "",
          whatToAvoid: ""
        }
      ]
    });
    expect(gaps.some((g) => g.code === "REQUIRED_ROLE_WITHOUT_PROFILE")).toBe(false);
  });
});
