// What the configuration console shows, computed from the configuration records (custom metadata as text values,
// src/core/config/metadataTypes.ts ConfigurationRecord) with the rules of c/accordConfigCore. Pure functions: the
// component keeps the state, these shape it for the template.
import {
  checkConfigurationRecords,
  findConfigurationGaps,
  recordsToConfiguration,
  resolveAccountConfiguration
} from "c/accordConfigCore";
import { LABELS, codeLabel, formatLabel } from "c/accordLabels";

const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const fullName = (r) => `${r.type}.${r.developerName}`;

/** A value by its label (Accord_<prefix>_<value, spaces as underscores>), the value itself without one. */
export function valueLabel(prefix, value) {
  return (value && LABELS[`${prefix}_${String(value).replace(/\s+/g, "_")}`]) || value || "";
}

export const readinessLabel = (value) => valueLabel("Readiness", value);
const roleLabel = (code) => valueLabel("StakeholderRole", code);
const languageLabel = (code) => valueLabel("Language", code);

export const ofType = (records, type) =>
  records.filter((r) => r.type === type).sort((a, b) => byText(a.developerName, b.developerName));

/** The records after the edits: each edit replaces the record of its full name (any case) or is added. */
export function mergeEdits(records, edits) {
  const edited = new Set(edits.map((e) => fullName(e).toLowerCase()));
  return [...records.filter((r) => !edited.has(fullName(r).toLowerCase())), ...edits];
}

/** An issue of checkConfigurationRecords or of a CSV import, in words (label Accord_ConfigIssue_<code>). */
export function issueText(issue) {
  const template = codeLabel("ConfigIssue", issue.code);
  const text = template ? formatLabel(template, ...issue.params) : issue.message;
  // A record's issue found in a CSV row gets the file and line in front; file-level issues name the file already.
  const atRow = issue.developerName !== null && Boolean(issue.file) && Boolean(issue.line);
  return atRow ? `${formatLabel(LABELS.Console_AtLine, issue.file, issue.line)}: ${text}` : text;
}

/** A gap of findConfigurationGaps with its fix (label Accord_ConfigGap_<code>). */
export function gapText(gap) {
  const template = codeLabel("ConfigGap", gap.code) || gap.code;
  switch (gap.code) {
    case "COUNTRY_UNKNOWN_ARCHETYPE":
      return formatLabel(template, gap.countryCode, gap.archetypeCode);
    case "REQUIRED_ROLE_WITHOUT_PROFILE":
      return formatLabel(template, gap.archetypeCode, roleLabel(gap.roleCode));
    case "ROLE_PROFILE_UNKNOWN_SCOPE":
      return formatLabel(template, roleLabel(gap.roleCode), gap.scopeCode);
    case "ROLE_PROFILE_WITHOUT_ENGLISH":
      return formatLabel(template, roleLabel(gap.roleCode), gap.scopeCode || LABELS.Console_Global);
    case "CRITERION_WITHOUT_WEIGHT":
      return formatLabel(template, gap.criterionCode, gap.archetypeCode || LABELS.Console_Global);
    case "OVERRIDE_UNKNOWN_CRITERION":
      return formatLabel(template, gap.archetypeCode, gap.criterionCode);
    case "CRITERION_WEIGHTS_NOT_100":
      return formatLabel(template, gap.archetypeCode || LABELS.Console_Global, gap.total);
    default:
      return formatLabel(template, gap.audience);
  }
}

/**
 * What to close: the deployed configuration's issues (e.g. weights not adding up to 100, possible when it was
 * edited in Setup) and the gaps the rules find, each in words with its fix. A configuration the rules cannot read
 * at all reports only its issues.
 */
export function findings(records) {
  const issues = checkConfigurationRecords(records).map((issue, i) => ({ key: `issue-${i}`, text: issueText(issue) }));
  if (issues.length > 0) return issues;
  try {
    return findConfigurationGaps(recordsToConfiguration(records)).map((gap, i) => ({
      key: `gap-${i}`,
      text: gapText(gap)
    }));
  } catch (error) {
    return [{ key: "unreadable", text: error.message }];
  }
}

export function countryRows(records) {
  const archetypes = new Map(ofType(records, "Healthcare_Archetype").map((a) => [a.developerName, a.label]));
  return ofType(records, "Country_Setting").map((c) => {
    const v = c.values;
    return {
      key: c.developerName,
      code: v.Country_Code__c,
      name: c.label,
      archetype: archetypes.get(v.Archetype__c) || v.Archetype__c,
      readiness: readinessLabel(v.Kam_Readiness__c),
      pullThrough: v.Pull_Through_Strategy__c || "",
      cadence: v.Review_Cadence_Months__c || formatLabel(LABELS.Console_CadenceDefault, 12),
      editLabel: formatLabel(LABELS.Console_Edit, v.Country_Code__c),
      inheritLabel: formatLabel(LABELS.Console_ShowInheritance, v.Country_Code__c)
    };
  });
}

const LEVEL_LABELS = {
  Country: () => LABELS.Console_Level_Country,
  Archetype: () => LABELS.Console_Level_Archetype,
  Global: () => LABELS.Console_Level_Global,
  Default: () => LABELS.Console_Level_Default
};
const levelText = (level) => (LEVEL_LABELS[level] ? LEVEL_LABELS[level]() : level);

/** What a country inherits, and from where (resolveAccountConfiguration), for the inheritance panel. */
export function inheritance(records, countryCode, language) {
  const resolved = resolveAccountConfiguration(recordsToConfiguration(records), { countryCode, language });
  const criteria = new Map(ofType(records, "Selection_Criterion").map((c) => [c.developerName, c.label]));
  const archetype = ofType(records, "Healthcare_Archetype").find((a) => a.developerName === resolved.archetypeCode);
  const required = new Set(resolved.requiredRoles);
  return {
    archetype: archetype ? archetype.label : resolved.archetypeCode || "",
    cadence: `${resolved.reviewCadenceMonths} (${levelText(resolved.reviewCadenceSource)})`,
    requiredRoles: resolved.requiredRoles.map(roleLabel).join(", "),
    profiles: [
      ...resolved.roleProfiles.map((p) => ({
        key: p.roleCode,
        role: roleLabel(p.roleCode),
        required: required.has(p.roleCode),
        from: levelText(p.level),
        language: p.languageFallback
          ? formatLabel(LABELS.Console_LanguageFallback, languageLabel(p.language))
          : languageLabel(p.language)
      })),
      ...resolved.rolesWithoutProfile.map((roleCode) => ({
        key: roleCode,
        role: roleLabel(roleCode),
        required: required.has(roleCode),
        from: LABELS.Console_NoProfile,
        language: ""
      }))
    ],
    weights: resolved.criterionWeights.map((w) => ({
      key: w.code,
      criterion: criteria.get(w.code) || w.code,
      weight: w.weight,
      from: levelText(w.source)
    }))
  };
}

export function archetypeRows(records) {
  const criteria = new Map(ofType(records, "Selection_Criterion").map((c) => [c.developerName, c.label]));
  return ofType(records, "Healthcare_Archetype").map((a) => {
    const links = (type) => ofType(records, type).filter((r) => r.values.Archetype__c === a.developerName);
    const overrides = links("Archetype_Criterion_Weight")
      .map((w) => `${criteria.get(w.values.Criterion__c) || w.values.Criterion__c}: ${w.values.Weight__c}`)
      .join(", ");
    return {
      key: a.developerName,
      name: a.label,
      description: a.values.Description__c || "",
      requiredRoles: links("Archetype_Required_Role")
        .map((r) => roleLabel(r.values.Role_Code__c))
        .sort(byText)
        .join(", "),
      overrides: overrides || LABELS.Console_NoOverrides
    };
  });
}

export function profileRows(records) {
  return ofType(records, "Stakeholder_Role_Profile")
    .map((p) => {
      const v = p.values;
      const scope = v.Country_Code__c
        ? `${LABELS.Console_Level_Country} ${v.Country_Code__c}`
        : v.Archetype__c
          ? `${LABELS.Console_Level_Archetype} ${v.Archetype__c}`
          : LABELS.Console_Level_Global;
      return {
        key: p.developerName,
        role: roleLabel(v.Role_Code__c),
        scope,
        language: languageLabel(v.Language__c),
        name: p.label
      };
    })
    .sort((a, b) => byText(a.role, b.role) || byText(a.scope, b.scope) || byText(a.language, b.language));
}

export function dimensionRows(records) {
  return ofType(records, "Collaboration_Dimension")
    .map((d) => ({
      key: d.developerName,
      name: d.label,
      audience: valueLabel("Audience", d.values.Audience__c),
      weight: d.values.Weight__c,
      sequence: Number(d.values.Sequence__c)
    }))
    .sort((a, b) => a.sequence - b.sequence || byText(a.key, b.key));
}

/** The selection criteria as the weights form edits them, in display order. */
export function criterionRows(records) {
  return ofType(records, "Selection_Criterion")
    .map((c) => ({
      key: c.developerName,
      name: c.label,
      weight: c.values.Weight__c,
      sequence: Number(c.values.Sequence__c)
    }))
    .sort((a, b) => a.sequence - b.sequence || byText(a.key, b.key));
}

export function settingsRecord(records) {
  return records.find((r) => r.type === "Accord_Scoring_Setting" && r.developerName === "Default") || null;
}
