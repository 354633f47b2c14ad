// GENERATED FILE: do not edit. Source: src/core (TypeScript), built by `npm run build`.
// checks/generated.js fails when this file is stale.
import { DIMENSION_AUDIENCES, KAM_READINESS_LEVELS, LANGUAGES, compareText, CRITERION_WEIGHT_TOTAL, AccordInputError } from 'c/accordCore';
export { AccordInputError, KAM_READINESS_LEVELS, LANGUAGES, STAKEHOLDER_ROLES, findConfigurationGaps, resolveAccountConfiguration } from 'c/accordCore';

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
            longText("Approach__c", 4000),
            longText("What_To_Avoid__c", 4000)
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
            reviewCadenceMonths: text(c, "Review_Cadence_Months__c") === null ? 12 : num(c, "Review_Cadence_Months__c"),
            reviewEarliestMonths: text(c, "Review_Earliest_Months__c") === null ? null : num(c, "Review_Earliest_Months__c")
        })),
        roleProfiles: ofType("Stakeholder_Role_Profile").map((p) => ({
            roleCode: text(p, "Role_Code__c") ?? "",
            countryCode: text(p, "Country_Code__c"),
            archetypeCode: text(p, "Archetype__c"),
            language: text(p, "Language__c") ?? "en",
            priorities: text(p, "Priorities__c") ?? "",
            evidenceNeeds: text(p, "Evidence_Needs__c") ?? "",
            approach: text(p, "Approach__c") ?? "",
            whatToAvoid: text(p, "What_To_Avoid__c") ?? ""
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

export { CONFIGURATION_TYPES, ConfigurationCsvError, NAME_MAX_LENGTH, checkConfigurationRecords, configurationCsvColumns, exportConfigurationCsv, importConfigurationCsv, recordsToConfiguration };
