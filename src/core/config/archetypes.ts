/**
 * Archetype resolution: the configuration that applies to one account, resolved
 * country → archetype → global, plus the gaps an admin should close.
 *
 * Rules (mirrored by Apex, vectors in spec/archetypes.json):
 * - The account's country (ISO 3166 alpha-2, case-insensitive) selects its Country_Setting;
 *   that names the archetype. An unconfigured country, or one mapped to an unknown archetype,
 *   falls back to the global model and is reported as a gap.
 * - Role profile for a role: the most specific level that has one wins (country, then
 *   archetype, then global); within a level the language is tried as given (de_AT), then its
 *   base (de), then en. Level beats language: local content in English is preferred to
 *   generic content in the user's language.
 * - Criterion weight: the archetype's override, else the global weight.
 * - Review cadence: the country's, else DEFAULT_REVIEW_CADENCE_MONTHS.
 * - Codes a caller passes (country, language, archetype, role) are checked: malformed or
 *   unknown codes raise AccordInputError rather than silently resolving to something else.
 */
import { KAM_READINESS_LEVELS, RESPONDENT_TYPES } from "../values";
import type {
  AccordConfiguration,
  CountrySettingConfig,
  HealthcareArchetypeConfig,
  RoleProfileConfig,
  ScoringSettingsConfig,
  StakeholderRoleProfileDto
} from "../contract";
import { CRITERION_WEIGHT_TOTAL, checkSettings, checkWeight, criteriaByCode, dimensionsByCode } from "./configChecks";
import { bySequenceThenCode, compareText } from "../plan/order";
import { fail, optionalText, requireArray, requireNumber, requireObject, requireOneOf, requireText } from "../input";

export const DEFAULT_REVIEW_CADENCE_MONTHS = 12;
export const FALLBACK_LANGUAGE = "en";

export type ProfileLevel = "Country" | "Archetype" | "Global";

/** A role profile as resolved here: the contract's StakeholderRoleProfileDto, its level one of ProfileLevel. */
export interface ResolvedRoleProfile extends StakeholderRoleProfileDto {
  level: ProfileLevel;
}

export interface ResolvedCriterionWeight {
  code: string;
  weight: number;
  source: "Archetype" | "Global";
}

export type ConfigurationGap =
  | { code: "COUNTRY_NOT_CONFIGURED"; countryCode: string }
  | { code: "COUNTRY_UNKNOWN_ARCHETYPE"; countryCode: string; archetypeCode: string }
  | { code: "REQUIRED_ROLE_WITHOUT_PROFILE"; archetypeCode: string; roleCode: string; countryCode: string | null }
  | { code: "ROLE_PROFILE_WITHOUT_ENGLISH"; roleCode: string; level: ProfileLevel; scopeCode: string | null }
  | { code: "ROLE_PROFILE_UNKNOWN_SCOPE"; roleCode: string; level: ProfileLevel; scopeCode: string }
  | { code: "CRITERION_WITHOUT_WEIGHT"; criterionCode: string; archetypeCode: string | null }
  | { code: "OVERRIDE_UNKNOWN_CRITERION"; archetypeCode: string; criterionCode: string }
  | { code: "CRITERION_WEIGHTS_NOT_100"; archetypeCode: string | null; total: number }
  | { code: "NO_DIMENSION_WEIGHT"; audience: "Customer" | "Internal" };

export interface ResolvedAccountConfiguration {
  countryCode: string | null;
  countryConfigured: boolean;
  archetypeCode: string | null;
  kamReadiness: CountrySettingConfig["kamReadiness"] | null;
  pullThroughStrategy: string | null;
  reviewCadenceMonths: number;
  reviewCadenceSource: "Country" | "Default";
  language: string;
  requiredRoles: string[];
  roleProfiles: ResolvedRoleProfile[];
  rolesWithoutProfile: string[];
  criterionWeights: ResolvedCriterionWeight[];
  settings: ScoringSettingsConfig;
  gaps: ConfigurationGap[];
}

export interface AccountConfigurationRequest {
  countryCode: string | null;
  language: string;
}

/** Checked configuration with lookups; built once per call (configuration is small). */
interface Lookup {
  config: AccordConfiguration;
  archetypes: Map<string, HealthcareArchetypeConfig>;
  countries: Map<string, CountrySettingConfig>;
  roleCodes: Set<string>;
}

export function resolveAccountConfiguration(
  config: AccordConfiguration,
  request: AccountConfigurationRequest
): ResolvedAccountConfiguration {
  const lookup = checkConfiguration(config);
  requireObject(request, "request");
  const countryCode = normalizeCountryCode(request.countryCode, "request.countryCode");
  const language = normalizeLanguage(request.language, "request.language");
  const country = countryCode === null ? null : (lookup.countries.get(countryCode) ?? null);
  const archetype = country === null ? null : (lookup.archetypes.get(country.archetypeCode) ?? null);

  const requiredRoles = archetype ? [...new Set(archetype.requiredRoles)].sort(compareText) : [];
  const roleProfiles: ResolvedRoleProfile[] = [];
  const rolesWithoutProfile: string[] = [];
  for (const roleCode of [...lookup.roleCodes].sort(compareText)) {
    const profile = findProfile(lookup, roleCode, countryCode, archetype ? archetype.code : null, language);
    if (profile) roleProfiles.push(profile);
    else rolesWithoutProfile.push(roleCode);
  }

  const gaps: ConfigurationGap[] = [];
  if (countryCode !== null && country === null) gaps.push({ code: "COUNTRY_NOT_CONFIGURED", countryCode });
  if (country !== null && archetype === null) {
    gaps.push({
      code: "COUNTRY_UNKNOWN_ARCHETYPE",
      countryCode: country.countryCode,
      archetypeCode: country.archetypeCode
    });
  }
  for (const roleCode of requiredRoles.filter((r) => rolesWithoutProfile.includes(r))) {
    gaps.push({ code: "REQUIRED_ROLE_WITHOUT_PROFILE", archetypeCode: archetype!.code, roleCode, countryCode });
  }

  return {
    countryCode,
    countryConfigured: country !== null,
    archetypeCode: archetype ? archetype.code : null,
    kamReadiness: country ? country.kamReadiness : null,
    pullThroughStrategy: country ? country.pullThroughStrategy : null,
    reviewCadenceMonths: country ? country.reviewCadenceMonths : DEFAULT_REVIEW_CADENCE_MONTHS,
    reviewCadenceSource: country ? "Country" : "Default",
    language,
    requiredRoles,
    roleProfiles,
    rolesWithoutProfile,
    criterionWeights: criterionWeights(config, archetype),
    settings: config.settings,
    gaps
  };
}

/** The profile for one role as seen from a country; throws for a role no configuration mentions. */
export function resolveRoleProfile(
  config: AccordConfiguration,
  roleCode: string,
  countryCode: string | null,
  language: string
): ResolvedRoleProfile | null {
  const lookup = checkConfiguration(config);
  const role = requireText(roleCode, "roleCode");
  if (!lookup.roleCodes.has(role)) {
    fail("UNKNOWN_ROLE", `roleCode "${role}" has no role profile and is required by no archetype: check the code.`);
  }
  const country = normalizeCountryCode(countryCode, "countryCode");
  const setting = country === null ? undefined : lookup.countries.get(country);
  const archetypeCode = setting && lookup.archetypes.has(setting.archetypeCode) ? setting.archetypeCode : null;
  return findProfile(lookup, role, country, archetypeCode, normalizeLanguage(language, "language"));
}

/** An archetype by code; throws for an unknown code. */
export function archetypeByCode(config: AccordConfiguration, archetypeCode: string): HealthcareArchetypeConfig {
  const lookup = checkConfiguration(config);
  const code = requireText(archetypeCode, "archetypeCode");
  const archetype = lookup.archetypes.get(code);
  if (!archetype) fail("UNKNOWN_ARCHETYPE", `archetypeCode "${code}" is not a configured healthcare archetype.`);
  return archetype;
}

/** Every gap in the configuration, in a stable order, for the admin's setup page. */
export function findConfigurationGaps(config: AccordConfiguration): ConfigurationGap[] {
  const lookup = checkConfiguration(config);
  const gaps: ConfigurationGap[] = [];
  const countries = [...lookup.countries.values()].sort((a, b) => compareText(a.countryCode, b.countryCode));
  const archetypes = [...lookup.archetypes.values()].sort((a, b) => compareText(a.code, b.code));

  for (const c of countries) {
    if (!lookup.archetypes.has(c.archetypeCode)) {
      gaps.push({ code: "COUNTRY_UNKNOWN_ARCHETYPE", countryCode: c.countryCode, archetypeCode: c.archetypeCode });
    }
  }
  for (const a of archetypes) {
    const countryCodes = countries.filter((c) => c.archetypeCode === a.code).map((c) => c.countryCode);
    for (const roleCode of [...new Set(a.requiredRoles)].sort(compareText)) {
      const hasProfile = config.roleProfiles.some(
        (p) =>
          p.roleCode === roleCode &&
          (levelOf(p) === "Global" ||
            p.archetypeCode === a.code ||
            (p.countryCode !== null && countryCodes.includes(p.countryCode)))
      );
      if (!hasProfile)
        gaps.push({ code: "REQUIRED_ROLE_WITHOUT_PROFILE", archetypeCode: a.code, roleCode, countryCode: null });
    }
  }
  gaps.push(...roleProfileGaps(lookup));
  gaps.push(...criterionGaps(config, archetypes));
  for (const audience of RESPONDENT_TYPES) {
    const weight = config.dimensions
      .filter((d) => d.audience === audience || d.audience === "Both")
      .reduce((sum, d) => sum + d.weight, 0);
    if (weight <= 0) gaps.push({ code: "NO_DIMENSION_WEIGHT", audience });
  }
  return gaps;
}

function roleProfileGaps(lookup: Lookup): ConfigurationGap[] {
  const unknownScope: ConfigurationGap[] = [];
  const scopes = new Map<
    string,
    { roleCode: string; level: ProfileLevel; scopeCode: string | null; english: boolean }
  >();
  for (const p of [...lookup.config.roleProfiles].sort(byRoleLevelScope)) {
    const level = levelOf(p);
    const scopeCode = scopeOf(p);
    const key = `${p.roleCode}\u0000${level}\u0000${scopeCode ?? ""}`;
    const known =
      level === "Global" ||
      (level === "Country" ? lookup.countries.has(scopeCode!) : lookup.archetypes.has(scopeCode!));
    if (!known && !scopes.has(key)) {
      unknownScope.push({ code: "ROLE_PROFILE_UNKNOWN_SCOPE", roleCode: p.roleCode, level, scopeCode: scopeCode! });
    }
    const entry = scopes.get(key) ?? { roleCode: p.roleCode, level, scopeCode, english: false };
    entry.english = entry.english || p.language === FALLBACK_LANGUAGE;
    scopes.set(key, entry);
  }
  const withoutEnglish: ConfigurationGap[] = [...scopes.values()]
    .filter((s) => !s.english)
    .map((s) => ({
      code: "ROLE_PROFILE_WITHOUT_ENGLISH",
      roleCode: s.roleCode,
      level: s.level,
      scopeCode: s.scopeCode
    }));
  return [...unknownScope, ...withoutEnglish];
}

function scopeOf(p: RoleProfileConfig): string | null {
  return p.countryCode ?? p.archetypeCode;
}

function byRoleLevelScope(a: RoleProfileConfig, b: RoleProfileConfig): number {
  return (
    compareText(a.roleCode, b.roleCode) ||
    compareText(levelOf(a), levelOf(b)) ||
    compareText(scopeOf(a) ?? "", scopeOf(b) ?? "") ||
    compareText(a.language, b.language)
  );
}

function criterionGaps(config: AccordConfiguration, archetypes: HealthcareArchetypeConfig[]): ConfigurationGap[] {
  const gaps: ConfigurationGap[] = [];
  const criteria = [...config.criteria].sort(bySequenceThenCode);
  for (const c of criteria) {
    if (c.weight <= 0) gaps.push({ code: "CRITERION_WITHOUT_WEIGHT", criterionCode: c.code, archetypeCode: null });
  }
  for (const a of archetypes) {
    for (const c of criteria) {
      if (a.criterionWeights[c.code] === 0) {
        gaps.push({ code: "CRITERION_WITHOUT_WEIGHT", criterionCode: c.code, archetypeCode: a.code });
      }
    }
  }
  for (const a of archetypes) {
    for (const code of Object.keys(a.criterionWeights).sort(compareText)) {
      if (!criteria.some((c) => c.code === code)) {
        gaps.push({ code: "OVERRIDE_UNKNOWN_CRITERION", archetypeCode: a.code, criterionCode: code });
      }
    }
  }
  return [...gaps, ...weightTotalGaps(config, archetypes)];
}

/**
 * Weights that do not add up to CRITERION_WEIGHT_TOTAL (the console refuses to deploy them; one edited in Setup
 * still gets here): the global weights, then each archetype's after its overrides of known criteria.
 */
function weightTotalGaps(config: AccordConfiguration, archetypes: HealthcareArchetypeConfig[]): ConfigurationGap[] {
  if (config.criteria.length === 0) return [];
  const gaps: ConfigurationGap[] = [];
  const total = (archetype: HealthcareArchetypeConfig | null) =>
    criterionWeights(config, archetype).reduce((sum, c) => sum + c.weight, 0);
  for (const archetype of [null, ...archetypes]) {
    const sum = total(archetype);
    if (sum !== CRITERION_WEIGHT_TOTAL) {
      gaps.push({ code: "CRITERION_WEIGHTS_NOT_100", archetypeCode: archetype ? archetype.code : null, total: sum });
    }
  }
  return gaps;
}

function criterionWeights(
  config: AccordConfiguration,
  archetype: HealthcareArchetypeConfig | null
): ResolvedCriterionWeight[] {
  return [...config.criteria].sort(bySequenceThenCode).map((c) => {
    const override = archetype ? archetype.criterionWeights[c.code] : undefined;
    return override === undefined
      ? { code: c.code, weight: c.weight, source: "Global" as const }
      : { code: c.code, weight: override, source: "Archetype" as const };
  });
}

function findProfile(
  lookup: Lookup,
  roleCode: string,
  countryCode: string | null,
  archetypeCode: string | null,
  language: string
): ResolvedRoleProfile | null {
  const chain = languageChain(language);
  const levels: [ProfileLevel, (p: RoleProfileConfig) => boolean][] = [
    ["Country", (p) => countryCode !== null && p.countryCode === countryCode],
    ["Archetype", (p) => archetypeCode !== null && p.archetypeCode === archetypeCode],
    ["Global", (p) => levelOf(p) === "Global"]
  ];
  for (const [level, inScope] of levels) {
    const candidates = lookup.config.roleProfiles.filter((p) => p.roleCode === roleCode && inScope(p));
    for (const candidateLanguage of chain) {
      const p = candidates.find((c) => c.language === candidateLanguage);
      if (p) {
        return {
          roleCode,
          level,
          language: p.language,
          languageFallback: p.language !== language,
          priorities: p.priorities,
          evidenceNeeds: p.evidenceNeeds,
          approach: p.approach,
          whatToAvoid: p.whatToAvoid
        };
      }
    }
  }
  return null;
}

/** de_AT → [de_AT, de, en]; en → [en]. */
export function languageChain(language: string): string[] {
  const base = language.split("_")[0];
  return [...new Set([language, base, FALLBACK_LANGUAGE])];
}

function levelOf(p: RoleProfileConfig): ProfileLevel {
  if (p.countryCode !== null) return "Country";
  return p.archetypeCode !== null ? "Archetype" : "Global";
}

function normalizeCountryCode(value: string | null, field: string): string | null {
  if (value === null || value === undefined) return null;
  const code = typeof value === "string" ? value.trim().toUpperCase() : "";
  if (!/^[A-Z]{2}$/.test(code)) {
    fail(
      "INVALID_COUNTRY_CODE",
      `${field} must be a two-letter ISO 3166 country code such as "DE" (got ${JSON.stringify(value)}).`
    );
  }
  return code;
}

function normalizeLanguage(value: string, field: string): string {
  if (typeof value !== "string" || !/^[a-z]{2,3}(_[A-Za-z]{2,4})?$/.test(value)) {
    fail(
      "INVALID_LANGUAGE",
      `${field} must be a Salesforce language code such as "en", "de" or "zh_CN" (got ${JSON.stringify(value)}).`
    );
  }
  return value;
}

/** Validates the whole configuration's shape; malformed records raise INVALID_CONFIGURATION. */
function checkConfiguration(config: AccordConfiguration): Lookup {
  requireObject(config, "configuration");
  checkSettings(config.settings);
  dimensionsByCode(config.dimensions);
  criteriaByCode(config.criteria);

  const archetypes = new Map<string, HealthcareArchetypeConfig>();
  const roleCodes = new Set<string>();
  requireArray(config.archetypes, "archetypes").forEach((a, i) => {
    requireObject(a, `archetypes[${i}]`);
    const code = requireText(a.code, `archetypes[${i}].code`);
    if (archetypes.has(code)) fail("DUPLICATE_CODE", `archetypes: the code "${code}" appears more than once.`);
    requireArray(a.requiredRoles, `archetypes[${i}].requiredRoles`).forEach((r, j) =>
      roleCodes.add(requireText(r, `archetypes[${i}].requiredRoles[${j}]`))
    );
    requireObject(a.criterionWeights, `archetypes[${i}].criterionWeights`);
    for (const key of Object.keys(a.criterionWeights)) {
      checkWeight(a.criterionWeights[key], `archetypes[${i}].criterionWeights.${key}`);
    }
    archetypes.set(code, a);
  });

  const countries = new Map<string, CountrySettingConfig>();
  requireArray(config.countries, "countries").forEach((c, i) => {
    requireObject(c, `countries[${i}]`);
    const code = requireText(c.countryCode, `countries[${i}].countryCode`);
    if (!/^[A-Z]{2}$/.test(code)) {
      fail("INVALID_CONFIGURATION", `countries[${i}].countryCode must be two upper-case letters (got "${code}").`);
    }
    if (countries.has(code)) fail("DUPLICATE_CODE", `countries: the country "${code}" appears more than once.`);
    requireText(c.archetypeCode, `countries[${i}].archetypeCode`);
    requireOneOf(c.kamReadiness, KAM_READINESS_LEVELS, `countries[${i}].kamReadiness`);
    requireNumber(c.reviewCadenceMonths, `countries[${i}].reviewCadenceMonths`, { min: 1, max: 60, integer: true });
    countries.set(code, c);
  });

  const seen = new Set<string>();
  requireArray(config.roleProfiles, "roleProfiles").forEach((p, i) => {
    requireObject(p, `roleProfiles[${i}]`);
    const role = requireText(p.roleCode, `roleProfiles[${i}].roleCode`);
    const country = optionalText(p.countryCode, `roleProfiles[${i}].countryCode`);
    const archetype = optionalText(p.archetypeCode, `roleProfiles[${i}].archetypeCode`);
    if (country !== null && archetype !== null) {
      fail(
        "INVALID_CONFIGURATION",
        `roleProfiles[${i}] ("${role}") names both a country and an archetype: a profile has exactly one scope, or none for global.`
      );
    }
    if (country !== p.countryCode || archetype !== p.archetypeCode) {
      fail("INVALID_CONFIGURATION", `roleProfiles[${i}] ("${role}"): use null, not blank text, for an unused scope.`);
    }
    const language = normalizeLanguage(p.language, `roleProfiles[${i}].language`);
    const key = [role, country ?? "", archetype ?? "", language].join("\u0000");
    if (seen.has(key)) {
      fail("DUPLICATE_CODE", `roleProfiles: "${role}" has two profiles for the same scope and language "${language}".`);
    }
    seen.add(key);
    roleCodes.add(role);
  });
  return { config, archetypes, countries, roleCodes };
}
