// GENERATED FILE: do not edit. Source: src/core (TypeScript), built by `npm run build`.
// checks/generated.js fails when this file is stale.
const LANGUAGES = ["en", "de", "fr", "es", "it", "ja", "ko", "zh_CN"];
const STAKEHOLDER_ROLES = [
    "Medical_Director",
    "Pharmacy_Director",
    "Procurement_Finance_Head",
    "Payer_HTA_Lead",
    "Department_Head",
    "Nursing_Lead",
    "Quality_Outcomes_Lead",
    "IT_Data_Lead"
];
const RESPONDENT_TYPES = ["Customer", "Internal"];
const DIMENSION_AUDIENCES = ["Customer", "Internal", "Both"];
const KAM_READINESS_LEVELS = ["Established", "Developing", "Not ready"];

class AccordInputError extends Error {
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = "AccordInputError";
    }
}

function fail(code, message) {
    throw new AccordInputError(code, message);
}
function describe(value) {
    if (value === undefined)
        return "nothing";
    if (value === null)
        return "null";
    if (typeof value === "string")
        return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
    if (typeof value === "number" || typeof value === "boolean")
        return String(value);
    return Array.isArray(value) ? "a list" : typeof value;
}
function requireArray(value, field) {
    if (!Array.isArray(value))
        fail("INVALID_INPUT", `${field} must be an array (got ${describe(value)}).`);
    return value;
}
function requireObject(value, field) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
        fail("INVALID_INPUT", `${field} must be an object (got ${describe(value)}).`);
    }
    return value;
}
function requireText(value, field) {
    if (typeof value !== "string" || value.trim() === "") {
        fail("MISSING_FIELD", `${field} is required and must be non-empty text (got ${describe(value)}).`);
    }
    return value;
}
function optionalText(value, field) {
    if (value === null || value === undefined)
        return null;
    if (typeof value !== "string")
        fail("INVALID_INPUT", `${field} must be text or null (got ${describe(value)}).`);
    return value.trim() === "" ? null : value;
}
function requireNumber(value, field, range) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
        fail("INVALID_NUMBER", `${field} must be a finite number (got ${describe(value)}).`);
    }
    if ((range.integer === true && !Number.isInteger(value)) || value < range.min || value > range.max) {
        const kind = range.integer === true ? "a whole number" : "a number";
        fail("OUT_OF_RANGE", `${field} must be ${kind} from ${range.min} to ${range.max} (got ${value}).`);
    }
    return value;
}
function requireOneOf(value, allowed, field) {
    if (typeof value !== "string" || !allowed.includes(value)) {
        fail("INVALID_VALUE", `${field} must be one of ${allowed.join(", ")} (got ${describe(value)}).`);
    }
    return value;
}

const MAX_WEIGHT = 1000000;
function checkSettings(settings) {
    requireObject(settings, "settings");
    requireNumber(settings.minimumRespondents, "settings.minimumRespondents", { min: 1, max: 1000, integer: true });
    requireNumber(settings.tierAThreshold, "settings.tierAThreshold", { min: 0, max: 100 });
    requireNumber(settings.tierBThreshold, "settings.tierBThreshold", { min: 0, max: 100 });
    requireNumber(settings.roadblockScoreBelow, "settings.roadblockScoreBelow", { min: 0, max: 100 });
    requireNumber(settings.roadblockGapAtLeast, "settings.roadblockGapAtLeast", { min: 0, max: 100 });
    if (settings.tierBThreshold > settings.tierAThreshold) {
        fail("INVALID_CONFIGURATION", `settings.tierBThreshold (${settings.tierBThreshold}) must not exceed settings.tierAThreshold (${settings.tierAThreshold}).`);
    }
    return settings;
}
function checkWeight(value, field) {
    return requireNumber(value, field, { min: 0, max: MAX_WEIGHT });
}
function dimensionsByCode(dimensions) {
    const byCode = new Map();
    requireArray(dimensions, "dimensions").forEach((dimension, i) => {
        requireObject(dimension, `dimensions[${i}]`);
        const code = requireText(dimension.code, `dimensions[${i}].code`);
        requireOneOf(dimension.audience, DIMENSION_AUDIENCES, `dimensions[${i}].audience`);
        checkWeight(dimension.weight, `dimensions[${i}].weight`);
        requireNumber(dimension.sequence, `dimensions[${i}].sequence`, { min: -MAX_WEIGHT, max: MAX_WEIGHT });
        if (byCode.has(code))
            fail("DUPLICATE_CODE", `dimensions: the code "${code}" appears more than once.`);
        byCode.set(code, dimension);
    });
    return byCode;
}
function criteriaByCode(criteria) {
    const byCode = new Map();
    requireArray(criteria, "criteria").forEach((criterion, i) => {
        requireObject(criterion, `criteria[${i}]`);
        const code = requireText(criterion.code, `criteria[${i}].code`);
        checkWeight(criterion.weight, `criteria[${i}].weight`);
        requireNumber(criterion.sequence, `criteria[${i}].sequence`, { min: -MAX_WEIGHT, max: MAX_WEIGHT });
        if (byCode.has(code))
            fail("DUPLICATE_CODE", `criteria: the code "${code}" appears more than once.`);
        byCode.set(code, criterion);
    });
    return byCode;
}

function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function bySequenceThenCode(a, b) {
    return a.sequence - b.sequence || compareText(a.code, b.code);
}

const DEFAULT_REVIEW_CADENCE_MONTHS = 12;
const FALLBACK_LANGUAGE = "en";
function resolveAccountConfiguration(config, request) {
    const lookup = checkConfiguration(config);
    requireObject(request, "request");
    const countryCode = normalizeCountryCode(request.countryCode, "request.countryCode");
    const language = normalizeLanguage(request.language, "request.language");
    const country = countryCode === null ? null : (lookup.countries.get(countryCode) ?? null);
    const archetype = country === null ? null : (lookup.archetypes.get(country.archetypeCode) ?? null);
    const requiredRoles = archetype ? [...new Set(archetype.requiredRoles)].sort(compareText) : [];
    const roleProfiles = [];
    const rolesWithoutProfile = [];
    for (const roleCode of [...lookup.roleCodes].sort(compareText)) {
        const profile = findProfile(lookup, roleCode, countryCode, archetype ? archetype.code : null, language);
        if (profile)
            roleProfiles.push(profile);
        else
            rolesWithoutProfile.push(roleCode);
    }
    const gaps = [];
    if (countryCode !== null && country === null)
        gaps.push({ code: "COUNTRY_NOT_CONFIGURED", countryCode });
    if (country !== null && archetype === null) {
        gaps.push({
            code: "COUNTRY_UNKNOWN_ARCHETYPE",
            countryCode: country.countryCode,
            archetypeCode: country.archetypeCode
        });
    }
    for (const roleCode of requiredRoles.filter((r) => rolesWithoutProfile.includes(r))) {
        gaps.push({ code: "REQUIRED_ROLE_WITHOUT_PROFILE", archetypeCode: archetype.code, roleCode, countryCode });
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
function findConfigurationGaps(config) {
    const lookup = checkConfiguration(config);
    const gaps = [];
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
            const hasProfile = config.roleProfiles.some((p) => p.roleCode === roleCode &&
                (levelOf(p) === "Global" ||
                    p.archetypeCode === a.code ||
                    (p.countryCode !== null && countryCodes.includes(p.countryCode))));
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
        if (weight <= 0)
            gaps.push({ code: "NO_DIMENSION_WEIGHT", audience });
    }
    return gaps;
}
function roleProfileGaps(lookup) {
    const unknownScope = [];
    const scopes = new Map();
    for (const p of [...lookup.config.roleProfiles].sort(byRoleLevelScope)) {
        const level = levelOf(p);
        const scopeCode = scopeOf(p);
        const key = `${p.roleCode}\u0000${level}\u0000${scopeCode ?? ""}`;
        const known = level === "Global" ||
            (level === "Country" ? lookup.countries.has(scopeCode) : lookup.archetypes.has(scopeCode));
        if (!known && !scopes.has(key)) {
            unknownScope.push({ code: "ROLE_PROFILE_UNKNOWN_SCOPE", roleCode: p.roleCode, level, scopeCode: scopeCode });
        }
        const entry = scopes.get(key) ?? { roleCode: p.roleCode, level, scopeCode, english: false };
        entry.english = entry.english || p.language === FALLBACK_LANGUAGE;
        scopes.set(key, entry);
    }
    const withoutEnglish = [...scopes.values()]
        .filter((s) => !s.english)
        .map((s) => ({
        code: "ROLE_PROFILE_WITHOUT_ENGLISH",
        roleCode: s.roleCode,
        level: s.level,
        scopeCode: s.scopeCode
    }));
    return [...unknownScope, ...withoutEnglish];
}
function scopeOf(p) {
    return p.countryCode ?? p.archetypeCode;
}
function byRoleLevelScope(a, b) {
    return (compareText(a.roleCode, b.roleCode) ||
        compareText(levelOf(a), levelOf(b)) ||
        compareText(scopeOf(a) ?? "", scopeOf(b) ?? "") ||
        compareText(a.language, b.language));
}
function criterionGaps(config, archetypes) {
    const gaps = [];
    const criteria = [...config.criteria].sort(bySequenceThenCode);
    for (const c of criteria) {
        if (c.weight <= 0)
            gaps.push({ code: "CRITERION_WITHOUT_WEIGHT", criterionCode: c.code, archetypeCode: null });
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
    return gaps;
}
function criterionWeights(config, archetype) {
    return [...config.criteria].sort(bySequenceThenCode).map((c) => {
        const override = archetype ? archetype.criterionWeights[c.code] : undefined;
        return override === undefined
            ? { code: c.code, weight: c.weight, source: "Global" }
            : { code: c.code, weight: override, source: "Archetype" };
    });
}
function findProfile(lookup, roleCode, countryCode, archetypeCode, language) {
    const chain = languageChain(language);
    const levels = [
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
                    approach: p.approach
                };
            }
        }
    }
    return null;
}
function languageChain(language) {
    const base = language.split("_")[0];
    return [...new Set([language, base, FALLBACK_LANGUAGE])];
}
function levelOf(p) {
    if (p.countryCode !== null)
        return "Country";
    return p.archetypeCode !== null ? "Archetype" : "Global";
}
function normalizeCountryCode(value, field) {
    if (value === null || value === undefined)
        return null;
    const code = typeof value === "string" ? value.trim().toUpperCase() : "";
    if (!/^[A-Z]{2}$/.test(code)) {
        fail("INVALID_COUNTRY_CODE", `${field} must be a two-letter ISO 3166 country code such as "DE" (got ${JSON.stringify(value)}).`);
    }
    return code;
}
function normalizeLanguage(value, field) {
    if (typeof value !== "string" || !/^[a-z]{2,3}(_[A-Za-z]{2,4})?$/.test(value)) {
        fail("INVALID_LANGUAGE", `${field} must be a Salesforce language code such as "en", "de" or "zh_CN" (got ${JSON.stringify(value)}).`);
    }
    return value;
}
function checkConfiguration(config) {
    requireObject(config, "configuration");
    checkSettings(config.settings);
    dimensionsByCode(config.dimensions);
    criteriaByCode(config.criteria);
    const archetypes = new Map();
    const roleCodes = new Set();
    requireArray(config.archetypes, "archetypes").forEach((a, i) => {
        requireObject(a, `archetypes[${i}]`);
        const code = requireText(a.code, `archetypes[${i}].code`);
        if (archetypes.has(code))
            fail("DUPLICATE_CODE", `archetypes: the code "${code}" appears more than once.`);
        requireArray(a.requiredRoles, `archetypes[${i}].requiredRoles`).forEach((r, j) => roleCodes.add(requireText(r, `archetypes[${i}].requiredRoles[${j}]`)));
        requireObject(a.criterionWeights, `archetypes[${i}].criterionWeights`);
        for (const key of Object.keys(a.criterionWeights)) {
            checkWeight(a.criterionWeights[key], `archetypes[${i}].criterionWeights.${key}`);
        }
        archetypes.set(code, a);
    });
    const countries = new Map();
    requireArray(config.countries, "countries").forEach((c, i) => {
        requireObject(c, `countries[${i}]`);
        const code = requireText(c.countryCode, `countries[${i}].countryCode`);
        if (!/^[A-Z]{2}$/.test(code)) {
            fail("INVALID_CONFIGURATION", `countries[${i}].countryCode must be two upper-case letters (got "${code}").`);
        }
        if (countries.has(code))
            fail("DUPLICATE_CODE", `countries: the country "${code}" appears more than once.`);
        requireText(c.archetypeCode, `countries[${i}].archetypeCode`);
        requireOneOf(c.kamReadiness, KAM_READINESS_LEVELS, `countries[${i}].kamReadiness`);
        requireNumber(c.reviewCadenceMonths, `countries[${i}].reviewCadenceMonths`, { min: 1, max: 60, integer: true });
        countries.set(code, c);
    });
    const seen = new Set();
    requireArray(config.roleProfiles, "roleProfiles").forEach((p, i) => {
        requireObject(p, `roleProfiles[${i}]`);
        const role = requireText(p.roleCode, `roleProfiles[${i}].roleCode`);
        const country = optionalText(p.countryCode, `roleProfiles[${i}].countryCode`);
        const archetype = optionalText(p.archetypeCode, `roleProfiles[${i}].archetypeCode`);
        if (country !== null && archetype !== null) {
            fail("INVALID_CONFIGURATION", `roleProfiles[${i}] ("${role}") names both a country and an archetype: a profile has exactly one scope, or none for global.`);
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

const longText = (name, length) => ({
    name,
    kind: "LongTextArea",
    required: false,
    length
});
const wholeNumber$1 = (name, digits, required = true) => ({
    name,
    kind: "Number",
    required,
    digits
});
const reference = (name, references, required = true) => ({
    name,
    kind: "MetadataRelationship",
    required,
    references
});
const CONFIGURATION_TYPES = [
    {
        name: "Healthcare_Archetype",
        fields: [
            longText("Description__c", 2000),
            longText("Decision_Making__c", 2000),
            longText("Care_Integration__c", 2000)
        ]
    },
    {
        name: "Selection_Criterion",
        fields: [longText("Description__c", 2000), wholeNumber$1("Weight__c", 3), wholeNumber$1("Sequence__c", 3)]
    },
    {
        name: "Collaboration_Dimension",
        fields: [
            { name: "Audience__c", kind: "Picklist", required: true, values: DIMENSION_AUDIENCES },
            longText("Description__c", 2000),
            wholeNumber$1("Weight__c", 3),
            wholeNumber$1("Sequence__c", 3)
        ]
    },
    {
        name: "Accord_Scoring_Setting",
        fields: [
            wholeNumber$1("Minimum_Respondents__c", 3),
            wholeNumber$1("Tier_A_Threshold__c", 3),
            wholeNumber$1("Tier_B_Threshold__c", 3),
            wholeNumber$1("Roadblock_Score_Below__c", 3),
            wholeNumber$1("Roadblock_Gap_At_Least__c", 3)
        ]
    },
    {
        name: "Country_Setting",
        fields: [
            { name: "Country_Code__c", kind: "Text", required: true, length: 2 },
            reference("Archetype__c", "Healthcare_Archetype"),
            { name: "Kam_Readiness__c", kind: "Picklist", required: true, values: KAM_READINESS_LEVELS },
            longText("Pull_Through_Strategy__c", 4000),
            wholeNumber$1("Review_Cadence_Months__c", 2, false),
            wholeNumber$1("Review_Earliest_Months__c", 2, false)
        ]
    },
    {
        name: "Archetype_Required_Role",
        fields: [
            reference("Archetype__c", "Healthcare_Archetype"),
            { name: "Role_Code__c", kind: "Text", required: true, length: 40 }
        ]
    },
    {
        name: "Archetype_Criterion_Weight",
        fields: [
            reference("Archetype__c", "Healthcare_Archetype"),
            reference("Criterion__c", "Selection_Criterion"),
            wholeNumber$1("Weight__c", 3)
        ]
    },
    {
        name: "Stakeholder_Role_Profile",
        fields: [
            { name: "Role_Code__c", kind: "Text", required: true, length: 40 },
            { name: "Country_Code__c", kind: "Text", required: false, length: 2 },
            reference("Archetype__c", "Healthcare_Archetype", false),
            { name: "Language__c", kind: "Picklist", required: true, values: LANGUAGES },
            longText("Priorities__c", 4000),
            longText("Evidence_Needs__c", 4000),
            longText("Approach__c", 4000)
        ]
    }
];
const SCORING_SETTINGS_RECORD = "Default";
const DEVELOPER_NAME_PATTERN = /^[A-Za-z](?:_?[A-Za-z0-9])*$/;
const NAME_MAX_LENGTH = 40;
function configurationType(name) {
    return CONFIGURATION_TYPES.find((t) => t.name === name);
}

const RANGES = {
    "Selection_Criterion.Weight__c": { min: 0, max: 100 },
    "Archetype_Criterion_Weight.Weight__c": { min: 0, max: 100 },
    "Collaboration_Dimension.Weight__c": { min: 0, max: 999 },
    "Accord_Scoring_Setting.Minimum_Respondents__c": { min: 1, max: 999 },
    "Accord_Scoring_Setting.Tier_A_Threshold__c": { min: 0, max: 100 },
    "Accord_Scoring_Setting.Tier_B_Threshold__c": { min: 0, max: 100 },
    "Accord_Scoring_Setting.Roadblock_Score_Below__c": { min: 0, max: 100 },
    "Accord_Scoring_Setting.Roadblock_Gap_At_Least__c": { min: 0, max: 100 },
    "Country_Setting.Review_Cadence_Months__c": { min: 1, max: 60 }
};
const CRITERION_WEIGHT_TOTAL = 100;
const isBlank = (value) => value === null || value === undefined || value.trim() === "";
const fullName = (r) => `${r.type}.${r.developerName}`;
function checkConfigurationRecords(records) {
    const issues = [];
    const namesByType = new Map();
    for (const r of records) {
        const names = namesByType.get(r.type) ?? new Set();
        names.add(String(r.developerName).toLowerCase());
        namesByType.set(r.type, names);
    }
    const seen = new Set();
    const uniqueKeys = new Set();
    records.forEach((record, index) => {
        const add = (code, field, message, extra = []) => issues.push({
            code,
            type: record.type,
            developerName: record.developerName,
            index,
            field,
            message: `${fullName(record)}: ${message}`,
            params: [fullName(record), ...extra]
        });
        const type = configurationType(record.type);
        if (!type) {
            add("UNKNOWN_TYPE", null, `"${record.type}" is not a configuration type; use one of ${typeNames()}.`, [
                typeNames()
            ]);
            return;
        }
        checkName(record, add);
        const key = fullName(record).toLowerCase();
        if (seen.has(key))
            add("DUPLICATE_RECORD", "DeveloperName", "appears twice; keep one row per DeveloperName.");
        seen.add(key);
        checkLabel(record, add);
        for (const name of Object.keys(record.values ?? {}).sort(compareText)) {
            if (!type.fields.some((f) => f.name === name)) {
                add("UNKNOWN_FIELD", name, `${record.type} has no field ${name}; remove it.`, [name]);
            }
        }
        for (const field of [...type.fields].sort((x, y) => compareText(x.name, y.name))) {
            checkField(record, field, value(record, field.name), namesByType, add);
        }
        checkUniqueness(record, uniqueKeys, add);
        checkTierOrder(record, add);
    });
    issues.push(...wholeSetIssues(records));
    return issues;
}
function typeNames() {
    return CONFIGURATION_TYPES.map((t) => t.name).join(", ");
}
function value(record, field) {
    const v = record.values ? record.values[field] : null;
    return isBlank(v) ? null : String(v).trim();
}
function wholeNumber(text) {
    return text !== null && /^-?\d+(\.0*)?$/.test(text) ? Number(text) : null;
}
function checkName(record, add) {
    const name = typeof record.developerName === "string" ? record.developerName : "";
    if (!DEVELOPER_NAME_PATTERN.test(name) || name.length > NAME_MAX_LENGTH) {
        add("INVALID_NAME", "DeveloperName", `DeveloperName must be 1 to ${NAME_MAX_LENGTH} letters, digits and single underscores, starting with a letter and not ending with an underscore.`);
    }
}
function checkLabel(record, add) {
    if (isBlank(record.label))
        add("REQUIRED", "Label", "Label is required.", ["Label"]);
    else if (record.label.trim().length > NAME_MAX_LENGTH) {
        add("TOO_LONG", "Label", `Label has more than ${NAME_MAX_LENGTH} characters.`, ["Label", String(NAME_MAX_LENGTH)]);
    }
}
function checkField(record, field, text, namesByType, add) {
    if (text === null) {
        if (field.required)
            add("REQUIRED", field.name, `${field.name} is required.`, [field.name]);
        return;
    }
    if (field.length !== undefined && text.length > field.length) {
        add("TOO_LONG", field.name, `${field.name} has more than ${field.length} characters.`, [
            field.name,
            String(field.length)
        ]);
    }
    if (field.kind === "Number") {
        const limit = 10 ** (field.digits ?? 18) - 1;
        const range = RANGES[`${record.type}.${field.name}`] ?? { min: -limit, max: limit };
        const n = wholeNumber(text);
        if (n === null || n < range.min || n > range.max) {
            add("INVALID_NUMBER", field.name, `${field.name} must be a whole number from ${range.min} to ${range.max} (got "${text}").`, [field.name, String(range.min), String(range.max)]);
        }
    }
    if (field.kind === "Picklist" && !(field.values ?? []).includes(text)) {
        add("INVALID_CHOICE", field.name, `${field.name} must be one of ${(field.values ?? []).join(", ")} (got "${text}").`, [field.name, (field.values ?? []).join(", ")]);
    }
    if (field.kind === "MetadataRelationship" && field.references) {
        if (!(namesByType.get(field.references) ?? new Set()).has(text.toLowerCase())) {
            add("UNKNOWN_REFERENCE", field.name, `${field.name} names "${text}", which is no ${field.references}; add that record or correct the name.`, [field.name, text, field.references]);
        }
    }
    if (field.name === "Country_Code__c" && !/^[A-Z]{2}$/.test(text)) {
        add("INVALID_COUNTRY_CODE", field.name, `Country_Code__c must be a two-letter ISO 3166 code in capitals such as "DE" (got "${text}").`, [field.name, text]);
    }
}
function checkUniqueness(record, keys, add) {
    const v = (field) => value(record, field) ?? "";
    let parts = [];
    let code = "DUPLICATE_LINK";
    if (record.type === "Country_Setting") {
        [parts, code] = [[v("Country_Code__c")], "DUPLICATE_COUNTRY"];
    }
    else if (record.type === "Stakeholder_Role_Profile") {
        if (v("Country_Code__c") !== "" && v("Archetype__c") !== "") {
            add("PROFILE_TWO_SCOPES", null, "a role profile names a country or an archetype (or neither, for the global profile), never both.");
        }
        [parts, code] = [
            [v("Role_Code__c"), v("Country_Code__c"), v("Archetype__c"), v("Language__c")],
            "DUPLICATE_PROFILE"
        ];
    }
    else if (record.type === "Archetype_Required_Role") {
        parts = [v("Archetype__c"), v("Role_Code__c")];
    }
    else if (record.type === "Archetype_Criterion_Weight") {
        parts = [v("Archetype__c"), v("Criterion__c")];
    }
    if (parts.every((p) => p === ""))
        return;
    const what = parts.filter((p) => p !== "").join(" / ");
    const scoped = `${record.type}|${parts.join("|")}`;
    if (keys.has(scoped))
        add(code, null, `a second record for ${what}; keep one.`, [what]);
    keys.add(scoped);
}
function checkTierOrder(record, add) {
    if (record.type !== "Accord_Scoring_Setting")
        return;
    const a = wholeNumber(value(record, "Tier_A_Threshold__c"));
    const b = wholeNumber(value(record, "Tier_B_Threshold__c"));
    if (a !== null && b !== null && b > a) {
        add("TIER_ORDER", "Tier_B_Threshold__c", `the tier B threshold (${b}) must not exceed the tier A threshold (${a}).`, [String(b), String(a)]);
    }
}
function wholeSetIssues(records) {
    const issues = [];
    const ofType = (type) => records.filter((r) => r.type === type);
    if (!ofType("Accord_Scoring_Setting").some((r) => r.developerName === SCORING_SETTINGS_RECORD)) {
        issues.push({
            code: "MISSING_SETTINGS",
            type: "Accord_Scoring_Setting",
            developerName: SCORING_SETTINGS_RECORD,
            index: null,
            field: null,
            message: `Accord_Scoring_Setting.${SCORING_SETTINGS_RECORD} is missing: scores cannot be computed without it.`,
            params: [`Accord_Scoring_Setting.${SCORING_SETTINGS_RECORD}`]
        });
    }
    const weightOf = (r) => wholeNumber(value(r, "Weight__c")) ?? 0;
    const criteria = ofType("Selection_Criterion");
    if (criteria.length === 0)
        return issues;
    const global = new Map(criteria.map((c) => [c.developerName, weightOf(c)]));
    const total = [...global.values()].reduce((s, w) => s + w, 0);
    if (total !== CRITERION_WEIGHT_TOTAL)
        issues.push(weightIssue("Selection_Criterion", null, total));
    const archetypes = ofType("Healthcare_Archetype").sort((x, y) => compareText(x.developerName, y.developerName));
    for (const archetype of archetypes) {
        const effective = new Map(global);
        for (const o of ofType("Archetype_Criterion_Weight")) {
            const criterion = value(o, "Criterion__c");
            if (value(o, "Archetype__c") === archetype.developerName && criterion !== null && effective.has(criterion)) {
                effective.set(criterion, weightOf(o));
            }
        }
        const sum = [...effective.values()].reduce((s, w) => s + w, 0);
        if (sum !== CRITERION_WEIGHT_TOTAL)
            issues.push(weightIssue("Healthcare_Archetype", archetype.developerName, sum));
    }
    return issues;
}
function weightIssue(type, developerName, total) {
    const scope = developerName === null ? type : `${type}.${developerName}`;
    return {
        code: "CRITERION_WEIGHTS_NOT_100",
        type,
        developerName,
        index: null,
        field: "Weight__c",
        message: `${scope}: the criterion weights add up to ${total}; change them so they add up to ${CRITERION_WEIGHT_TOTAL}.`,
        params: [scope, String(total)]
    };
}
function recordsToConfiguration(records) {
    const ofType = (type) => records.filter((r) => r.type === type).sort((x, y) => compareText(x.developerName, y.developerName));
    const text = (r, field) => value(r, field);
    const num = (r, field) => Number(text(r, field));
    const settings = records.find((r) => r.type === "Accord_Scoring_Setting" && r.developerName === SCORING_SETTINGS_RECORD);
    return {
        archetypes: ofType("Healthcare_Archetype").map((a) => ({
            code: a.developerName,
            label: a.label,
            description: text(a, "Description__c") ?? "",
            decisionMaking: text(a, "Decision_Making__c") ?? "",
            careIntegration: text(a, "Care_Integration__c") ?? "",
            requiredRoles: ofType("Archetype_Required_Role")
                .filter((r) => text(r, "Archetype__c") === a.developerName)
                .map((r) => text(r, "Role_Code__c") ?? "")
                .sort(compareText),
            criterionWeights: Object.fromEntries(ofType("Archetype_Criterion_Weight")
                .filter((w) => text(w, "Archetype__c") === a.developerName)
                .map((w) => [text(w, "Criterion__c") ?? "", num(w, "Weight__c")]))
        })),
        countries: ofType("Country_Setting").map((c) => ({
            countryCode: text(c, "Country_Code__c") ?? "",
            archetypeCode: text(c, "Archetype__c") ?? "",
            kamReadiness: text(c, "Kam_Readiness__c"),
            pullThroughStrategy: text(c, "Pull_Through_Strategy__c") ?? "",
            reviewCadenceMonths: text(c, "Review_Cadence_Months__c") === null ? 12 : num(c, "Review_Cadence_Months__c")
        })),
        roleProfiles: ofType("Stakeholder_Role_Profile").map((p) => ({
            roleCode: text(p, "Role_Code__c") ?? "",
            countryCode: text(p, "Country_Code__c"),
            archetypeCode: text(p, "Archetype__c"),
            language: text(p, "Language__c") ?? "en",
            priorities: text(p, "Priorities__c") ?? "",
            evidenceNeeds: text(p, "Evidence_Needs__c") ?? "",
            approach: text(p, "Approach__c") ?? ""
        })),
        dimensions: ofType("Collaboration_Dimension").map((d) => ({
            code: d.developerName,
            label: d.label,
            audience: text(d, "Audience__c"),
            weight: num(d, "Weight__c"),
            sequence: num(d, "Sequence__c")
        })),
        criteria: ofType("Selection_Criterion").map((c) => ({
            code: c.developerName,
            label: c.label,
            weight: num(c, "Weight__c"),
            sequence: num(c, "Sequence__c")
        })),
        settings: {
            minimumRespondents: settings ? num(settings, "Minimum_Respondents__c") : NaN,
            tierAThreshold: settings ? num(settings, "Tier_A_Threshold__c") : NaN,
            tierBThreshold: settings ? num(settings, "Tier_B_Threshold__c") : NaN,
            roadblockScoreBelow: settings ? num(settings, "Roadblock_Score_Below__c") : NaN,
            roadblockGapAtLeast: settings ? num(settings, "Roadblock_Gap_At_Least__c") : NaN
        }
    };
}

class CsvSyntaxError extends Error {
    constructor(line, message) {
        super(message);
        this.line = line;
        this.name = "CsvSyntaxError";
    }
}
function formatCsv(rows) {
    return rows.map((cells) => cells.map(quoteCell).join(",") + "\r\n").join("");
}
function quoteCell(cell) {
    return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
function parseCsv(text) {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const rows = [];
    let line = 1;
    let i = 0;
    while (i < source.length) {
        const start = line;
        const cells = [];
        for (;;) {
            let cell = "";
            if (source[i] === '"') {
                i++;
                for (;;) {
                    if (i >= source.length)
                        throw new CsvSyntaxError(start, `line ${start}: a quoted field is not closed.`);
                    const ch = source[i];
                    if (ch === '"') {
                        if (source[i + 1] === '"') {
                            cell += '"';
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (ch === "\n")
                        line++;
                    cell += ch;
                    i++;
                }
                if (i < source.length && source[i] !== "," && source[i] !== "\r" && source[i] !== "\n") {
                    throw new CsvSyntaxError(line, `line ${line}: text after a closing quote; double a quote inside a quoted field ("").`);
                }
            }
            else {
                while (i < source.length && source[i] !== "," && source[i] !== "\r" && source[i] !== "\n") {
                    if (source[i] === '"') {
                        throw new CsvSyntaxError(line, `line ${line}: a quote inside an unquoted field; quote the whole field.`);
                    }
                    cell += source[i++];
                }
            }
            cells.push(cell);
            if (source[i] === ",") {
                i++;
                continue;
            }
            break;
        }
        if (source[i] === "\r")
            i++;
        if (source[i] === "\n")
            i++;
        if (!(cells.length === 1 && cells[0] === ""))
            rows.push({ line: start, cells });
        line++;
    }
    return rows;
}

class ConfigurationCsvError extends AccordInputError {
    constructor(issues) {
        super("INVALID_CONFIGURATION_CSV", `The configuration CSV has ${issues.length} problem(s); nothing was imported. ` +
            issues
                .slice(0, 5)
                .map((i) => (i.file ? `${i.file}${i.line ? ` line ${i.line}` : ""}: ` : "") + i.message)
                .join(" "));
        this.issues = issues;
        this.name = "ConfigurationCsvError";
    }
}
const FIXED_COLUMNS = ["DeveloperName", "Label"];
function configurationCsvFileName(type) {
    return `${type}.csv`;
}
function configurationCsvColumns(type) {
    const spec = configurationType(type);
    if (!spec)
        throw new AccordInputError("UNKNOWN_TYPE", `"${type}" is not a configuration type.`);
    return [...FIXED_COLUMNS, ...spec.fields.map((f) => f.name)];
}
function exportConfigurationCsv(records) {
    return CONFIGURATION_TYPES.map((type) => {
        const rows = records
            .filter((r) => r.type === type.name)
            .sort((a, b) => compareText(a.developerName, b.developerName))
            .map((r) => [r.developerName, r.label, ...type.fields.map((f) => r.values[f.name] ?? "")]);
        return {
            name: configurationCsvFileName(type.name),
            text: formatCsv([configurationCsvColumns(type.name), ...rows])
        };
    });
}
function importConfigurationCsv(files, current) {
    const issues = [];
    const fromFiles = [];
    const importedTypes = new Set();
    for (const file of files) {
        const problem = (line, code, message, params = []) => issues.push({
            code,
            type: typeOf(file.name),
            developerName: null,
            index: null,
            field: null,
            message: `${file.name}: ${message}`,
            params: [file.name, ...params],
            file: file.name,
            line
        });
        const spec = CONFIGURATION_TYPES.find((t) => configurationCsvFileName(t.name) === file.name);
        if (!spec) {
            problem(0, "UNKNOWN_TYPE", "this is not a configuration file; name each file after its type, e.g. Country_Setting.csv.", [CONFIGURATION_TYPES.map((t) => configurationCsvFileName(t.name)).join(", ")]);
            continue;
        }
        if (importedTypes.has(spec.name)) {
            problem(0, "DUPLICATE_FILE", "this file is given twice; import each type once.");
            continue;
        }
        importedTypes.add(spec.name);
        let rows;
        try {
            rows = parseCsv(file.text);
        }
        catch (error) {
            if (!(error instanceof CsvSyntaxError))
                throw error;
            problem(error.line, "INVALID_CSV", error.message, [String(error.line)]);
            continue;
        }
        const columns = configurationCsvColumns(spec.name);
        const header = rows.length > 0 ? rows[0].cells.map((c) => c.trim()) : [];
        if (header.join(",") !== columns.join(",")) {
            problem(rows.length > 0 ? rows[0].line : 1, "INVALID_HEADER", `the first line must be exactly: ${columns.join(",")} (export the configuration to get a template).`, [columns.join(",")]);
            continue;
        }
        for (const row of rows.slice(1)) {
            if (row.cells.length !== columns.length) {
                problem(row.line, "INVALID_CSV", `line ${row.line} has ${row.cells.length} values; the header has ${columns.length}.`, [String(row.line)]);
                continue;
            }
            const values = {};
            spec.fields.forEach((f, i) => {
                const cell = row.cells[i + FIXED_COLUMNS.length].trim();
                values[f.name] = cell === "" ? null : f.kind === "Number" ? canonicalNumber(cell) : cell;
            });
            fromFiles.push({
                record: { type: spec.name, developerName: row.cells[0].trim(), label: row.cells[1].trim(), values },
                file: file.name,
                line: row.line
            });
        }
    }
    const key = (r) => `${r.type}.${r.developerName}`.toLowerCase();
    const fileKeys = new Set(fromFiles.map((f) => key(f.record)));
    const kept = current.filter((r) => !fileKeys.has(key(r)));
    const records = [...kept, ...fromFiles.map((f) => f.record)];
    if (issues.length === 0) {
        for (const issue of checkConfigurationRecords(records)) {
            const at = issue.index !== null && issue.index >= kept.length ? fromFiles[issue.index - kept.length] : null;
            issues.push({ ...issue, file: at ? at.file : null, line: at ? at.line : null });
        }
    }
    if (issues.length > 0)
        throw new ConfigurationCsvError(issues);
    const currentByKey = new Map(current.map((r) => [key(r), r]));
    return {
        records,
        changed: fromFiles.map((f) => f.record).filter((r) => !sameRecord(r, currentByKey.get(key(r)))),
        notInFiles: current
            .filter((r) => importedTypes.has(r.type) && !fileKeys.has(key(r)))
            .map((r) => `${r.type}.${r.developerName}`)
            .sort(compareText)
    };
}
function typeOf(fileName) {
    return fileName.replace(/\.csv$/i, "");
}
function canonicalNumber(cell) {
    return /^-?\d+(\.0*)?$/.test(cell) ? String(Number(cell)) : cell;
}
function sameRecord(a, b) {
    if (!b || a.label !== b.label || a.developerName !== b.developerName)
        return false;
    const spec = configurationType(a.type);
    return (spec ? spec.fields : []).every((f) => normalized(a.values[f.name]) === normalized(b.values[f.name]));
}
function normalized(value) {
    if (value === null || value === undefined)
        return "";
    return canonicalNumber(String(value).trim());
}

export { AccordInputError, CONFIGURATION_TYPES, ConfigurationCsvError, KAM_READINESS_LEVELS, LANGUAGES, STAKEHOLDER_ROLES, checkConfigurationRecords, configurationCsvColumns, exportConfigurationCsv, findConfigurationGaps, importConfigurationCsv, recordsToConfiguration, resolveAccountConfiguration };
