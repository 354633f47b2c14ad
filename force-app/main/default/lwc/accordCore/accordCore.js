// GENERATED FILE: do not edit. Source: src/core (TypeScript), built by `npm run build`.
// checks/generated.js fails when this file is stale.
const PLAN_STATUSES = ["Draft", "In Review", "Agreed", "Under Review", "Closed"];
const PARTIES = ["Company", "Customer"];
const NEED_DECISIONS = ["Pending", "Commit", "Defer", "Decline"];
const SIGNATURE_METHODS = ["In meeting", "Email", "Portal"];
const REVIEW_OUTCOMES = ["Kept", "Partly", "Not kept"];
const SUCCESS_OUTCOMES = ["Achieved", "Partly", "Not achieved"];
const INITIATIVE_STATUSES = ["Not started", "On track", "At risk", "Done"];
const COMMITMENT_STATUSES = ["Open", "In progress", "Done", "Cancelled"];
const REVIEW_TYPES = ["Check-in", "Annual review"];
const LANGUAGES = ["en", "de", "fr", "es", "it", "ja", "ko", "zh_CN"];
const NEED_THEMES = [
    "Patient access",
    "Clinical outcomes",
    "Budget and cost",
    "Workforce capacity",
    "Digital and data",
    "Education",
    "Care pathway",
    "Supply and logistics",
    "Research and evidence"
];
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
const DECISION_ROLES = ["Decision maker", "Influencer", "Gatekeeper", "Champion", "User"];
const RESPONDENT_TYPES = ["Customer", "Internal"];
const RESPONDENT_FUNCTIONS = [
    "Medical",
    "Market Access",
    "HEOR",
    "Marketing",
    "Sales",
    "Supply",
    "Other"
];
const DIMENSION_AUDIENCES = ["Customer", "Internal", "Both"];
const KAM_READINESS_LEVELS = ["Established", "Developing", "Not ready"];
const KEY_ACCOUNT_ACTIONS = ["Nominate", "Retire"];

function labelKey(value) {
    return value
        .split(/[\s-]+/)
        .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
        .join("");
}

class AccordInputError extends Error {
    constructor(code, message) {
        super(message);
        this.code = code;
        this.name = "AccordInputError";
    }
}

function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareSequenceThenKey(a, b) {
    if (a.sequence !== b.sequence)
        return a.sequence < b.sequence ? -1 : 1;
    return compareText(a.key, b.key);
}
function bySequenceThenKey(records) {
    return [...records].sort(compareSequenceThenKey);
}
function bySequenceThenCode(a, b) {
    return a.sequence - b.sequence || compareText(a.code, b.code);
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
function requireRating(value, field) {
    return requireNumber(value, field, { min: 1, max: 5, integer: true });
}
function requireOneOf(value, allowed, field) {
    if (typeof value !== "string" || !allowed.includes(value)) {
        fail("INVALID_VALUE", `${field} must be one of ${allowed.join(", ")} (got ${describe(value)}).`);
    }
    return value;
}

function platformTrim(value) {
    if (value === null)
        return "";
    const text = value.replace(/\r\n?/g, "\n");
    let start = 0;
    let end = text.length;
    while (start < end && text.charCodeAt(start) <= 0x20)
        start++;
    while (end > start && text.charCodeAt(end - 1) <= 0x20)
        end--;
    return text.slice(start, end);
}
function hasText(value) {
    return platformTrim(value) !== "";
}

function requiredString(row, name, field) {
    const value = row[name];
    if (typeof value !== "string") {
        fail("MISSING_FIELD", `${field}.${name} is required text (got ${describe(value)}).`);
    }
    return value;
}
function requiredKey(row, name, field) {
    const value = requiredString(row, name, field);
    if (!hasText(value))
        fail("MISSING_FIELD", `${field}.${name} must not be blank.`);
    return value;
}
function optionalString(row, name, field) {
    const value = row[name];
    if (value === undefined || value === null)
        return null;
    if (typeof value !== "string") {
        fail("INVALID_INPUT", `${field}.${name} must be text or null (got ${describe(value)}).`);
    }
    return value;
}
function requiredInteger(row, name, field, min) {
    const value = row[name];
    if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
        fail("INVALID_NUMBER", `${field}.${name} must be a whole number of at least ${min} (got ${describe(value)}).`);
    }
    return value;
}
function readRevision(value, field) {
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
        fail("INVALID_NUMBER", `${field} must be a whole number of at least 0 (got ${describe(value)}).`);
    }
    return value;
}
function requiredIntegerInRange(row, name, field, min, max) {
    const value = row[name];
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
        fail("INVALID_NUMBER", `${field}.${name} must be a whole number from ${min} to ${max} (got ${describe(value)}).`);
    }
    return value;
}
function optionalIntegerInRange(row, name, field, min, max) {
    const value = row[name];
    if (value === undefined || value === null)
        return null;
    return requiredIntegerInRange(row, name, field, min, max);
}
const SEQUENCE_MIN = -99999;
const SEQUENCE_MAX = 99999;
const PRIORITY_MIN = 1;
const PRIORITY_MAX = 5;
const sequenceOf = (row, field) => requiredIntegerInRange(row, "sequence", field, SEQUENCE_MIN, SEQUENCE_MAX);
function requiredBoolean(row, name, field) {
    const value = row[name];
    if (typeof value !== "boolean") {
        fail("INVALID_INPUT", `${field}.${name} must be true or false (got ${describe(value)}).`);
    }
    return value;
}
function requiredOneOf(row, name, allowed, field) {
    return requireOneOf(row[name], allowed, `${field}.${name}`);
}
function optionalOneOf(row, name, allowed, field) {
    const value = row[name];
    if (value === undefined || value === null)
        return null;
    return requiredOneOf(row, name, allowed, field);
}
function isIsoDate(value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
        return false;
    const year = Number(value.slice(0, 4));
    const month = Number(value.slice(5, 7));
    const day = Number(value.slice(8, 10));
    if (month < 1 || month > 12 || day < 1)
        return false;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return day <= daysInMonth[month - 1];
}
function requiredDate(row, name, field) {
    const value = row[name];
    if (typeof value !== "string" || !isIsoDate(value)) {
        fail("INVALID_DATE", `${field}.${name} must be a date written YYYY-MM-DD (got ${describe(value)}).`);
    }
    return value;
}
function optionalDate(row, name, field) {
    const value = row[name];
    if (value === undefined || value === null)
        return null;
    return requiredDate(row, name, field);
}
function optionalId(row, name, field) {
    const id = optionalString(row, name, field);
    return id === null ? {} : { id };
}
function rejectDuplicateKeys(keys, kind) {
    const seen = new Map();
    for (const key of keys) {
        const folded = key.toLowerCase();
        const earlier = seen.get(folded);
        if (earlier !== undefined) {
            fail("DUPLICATE_KEY", `Two ${kind} share the key ${JSON.stringify(key)}${earlier === key ? "" : ` (as ${JSON.stringify(earlier)}: keys ignore case)`}: every key must be unique.`);
        }
        seen.set(folded, key);
    }
}
function readNeed(value, field) {
    const row = requireObject(value, field);
    return {
        ...optionalId(row, "id", field),
        key: requiredKey(row, "key", field),
        sequence: sequenceOf(row, field),
        verbatim: requiredString(row, "verbatim", field),
        theme: optionalString(row, "theme", field),
        raisedById: optionalString(row, "raisedById", field),
        raisedByName: optionalString(row, "raisedByName", field),
        customerPriority: optionalIntegerInRange(row, "customerPriority", field, PRIORITY_MIN, PRIORITY_MAX),
        decision: requiredOneOf(row, "decision", NEED_DECISIONS, field),
        decisionRationale: optionalString(row, "decisionRationale", field),
        initiativeKey: optionalString(row, "initiativeKey", field)
    };
}
function readCommitment(value, field) {
    const row = requireObject(value, field);
    return {
        ...optionalId(row, "id", field),
        key: requiredKey(row, "key", field),
        sequence: sequenceOf(row, field),
        party: requiredOneOf(row, "party", PARTIES, field),
        description: requiredString(row, "description", field),
        ownerUserId: optionalString(row, "ownerUserId", field),
        ownerContactId: optionalString(row, "ownerContactId", field),
        ownerName: optionalString(row, "ownerName", field),
        dueDate: optionalDate(row, "dueDate", field),
        status: requiredOneOf(row, "status", COMMITMENT_STATUSES, field),
        reviewOutcome: optionalOneOf(row, "reviewOutcome", REVIEW_OUTCOMES, field)
    };
}
function readInitiative(value, field) {
    const row = requireObject(value, field);
    return {
        ...optionalId(row, "id", field),
        key: requiredKey(row, "key", field),
        sequence: sequenceOf(row, field),
        title: requiredString(row, "title", field),
        successMeasure: optionalString(row, "successMeasure", field),
        targetDate: optionalDate(row, "targetDate", field),
        status: requiredOneOf(row, "status", INITIATIVE_STATUSES, field),
        successOutcome: optionalOneOf(row, "successOutcome", SUCCESS_OUTCOMES, field),
        successResult: optionalString(row, "successResult", field),
        customerComment: optionalString(row, "customerComment", field),
        commitments: requireArray(row.commitments, `${field}.commitments`).map((c, i) => readCommitment(c, `${field}.commitments[${i}]`))
    };
}
function readSignature(value, field, planVersion) {
    const row = requireObject(value, field);
    const signature = {
        ...optionalId(row, "id", field),
        party: requiredOneOf(row, "party", PARTIES, field),
        signerUserId: optionalString(row, "signerUserId", field),
        signerContactId: optionalString(row, "signerContactId", field),
        signerName: requiredKey(row, "signerName", field),
        planVersion: requiredInteger(row, "planVersion", field, 1),
        contentHash: requiredKey(row, "contentHash", field),
        signedAt: requiredKey(row, "signedAt", field),
        method: requiredOneOf(row, "method", SIGNATURE_METHODS, field),
        evidence: optionalString(row, "evidence", field),
        evidenceHash: optionalString(row, "evidenceHash", field),
        superseded: requiredBoolean(row, "superseded", field)
    };
    if (signature.planVersion > planVersion) {
        fail("INVALID_SIGNATURE", `${field}.planVersion ${signature.planVersion} is newer than the plan (version ${planVersion}).`);
    }
    return signature;
}
function readReview(value, field) {
    const row = requireObject(value, field);
    return {
        ...optionalId(row, "id", field),
        reviewType: requiredOneOf(row, "reviewType", REVIEW_TYPES, field),
        reviewDate: requiredDate(row, "reviewDate", field),
        customerFeedback: optionalString(row, "customerFeedback", field),
        whatWorked: optionalString(row, "whatWorked", field),
        whatDidNot: optionalString(row, "whatDidNot", field),
        whatWeWillChange: optionalString(row, "whatWeWillChange", field)
    };
}
function readPlan(value) {
    const row = requireObject(value, "plan");
    const version = requiredInteger(row, "version", "plan", 1);
    const plan = {
        ...optionalId(row, "id", "plan"),
        accountId: requiredString(row, "accountId", "plan"),
        accountName: requiredString(row, "accountName", "plan"),
        status: requiredOneOf(row, "status", PLAN_STATUSES, "plan"),
        version,
        revision: row.revision === undefined || row.revision === null ? 0 : readRevision(row.revision, "plan.revision"),
        contentHash: optionalString(row, "contentHash", "plan"),
        periodStart: requiredDate(row, "periodStart", "plan"),
        periodEnd: requiredDate(row, "periodEnd", "plan"),
        customerGoals: optionalString(row, "customerGoals", "plan"),
        planLanguage: requiredString(row, "planLanguage", "plan"),
        countryCode: optionalString(row, "countryCode", "plan"),
        sharedOn: optionalString(row, "sharedOn", "plan"),
        agreedOn: optionalString(row, "agreedOn", "plan"),
        reopenReason: optionalString(row, "reopenReason", "plan"),
        previousPlanId: optionalString(row, "previousPlanId", "plan"),
        needs: requireArray(row.needs, "plan.needs").map((n, i) => readNeed(n, `plan.needs[${i}]`)),
        initiatives: requireArray(row.initiatives, "plan.initiatives").map((n, i) => readInitiative(n, `plan.initiatives[${i}]`)),
        signatures: requireArray(row.signatures, "plan.signatures").map((s, i) => readSignature(s, `plan.signatures[${i}]`, version)),
        reviews: row.reviews === undefined
            ? []
            : requireArray(row.reviews, "plan.reviews").map((r, i) => readReview(r, `plan.reviews[${i}]`))
    };
    checkStructure(plan);
    return plan;
}
function checkStructure(plan) {
    if (plan.periodEnd < plan.periodStart) {
        fail("INVALID_PERIOD", `plan.periodEnd ${plan.periodEnd} is before plan.periodStart ${plan.periodStart}.`);
    }
    rejectDuplicateKeys(plan.needs.map((n) => n.key), "needs");
    const initiativeKeys = plan.initiatives.map((i) => i.key);
    rejectDuplicateKeys(initiativeKeys, "initiatives");
    rejectDuplicateKeys(plan.initiatives.flatMap((i) => i.commitments.map((c) => c.key)), "commitments");
    for (const need of plan.needs) {
        if (need.initiativeKey !== null && !initiativeKeys.includes(need.initiativeKey)) {
            fail("UNKNOWN_INITIATIVE", `Need ${JSON.stringify(need.key)} is linked to initiative ${JSON.stringify(need.initiativeKey)}, which is not in the plan.`);
        }
    }
    const signed = new Set();
    for (const signature of plan.signatures) {
        const slot = `${signature.party}|${signature.planVersion}`;
        if (signed.has(slot)) {
            fail("DUPLICATE_SIGNATURE", `Two ${signature.party} signatures for version ${signature.planVersion}: one per party per version.`);
        }
        signed.add(slot);
    }
}

const PLAN_FIELDS = {
    Customer_Account_Plan__c: [
        { property: "id", field: "Id" },
        { property: "accountId", field: "Account__c" },
        { property: "accountName", field: "Account__r.Name" },
        { property: "status", field: "Status__c" },
        { property: "version", field: "Version__c" },
        { property: "revision", field: "Revision__c" },
        { property: "contentHash", field: "Content_Hash__c" },
        { property: "periodStart", field: "Period_Start__c", line: "periodStart" },
        { property: "periodEnd", field: "Period_End__c", line: "periodEnd" },
        { property: "customerGoals", field: "Customer_Goals__c", line: "customerGoals" },
        { property: "planLanguage", field: "Plan_Language__c" },
        { property: "countryCode", field: "Country_Code__c" },
        { property: "sharedOn", field: "Shared_On__c" },
        { property: "agreedOn", field: "Agreed_On__c" },
        { property: "reopenReason", field: "Reopen_Reason__c" },
        { property: "previousPlanId", field: "Previous_Plan__c" }
    ],
    Customer_Need__c: [
        { property: null, field: "Plan__c" },
        { property: "id", field: "Id" },
        { property: "key", field: "Key__c", line: "need.key" },
        { property: "sequence", field: "Sequence__c" },
        { property: "verbatim", field: "Verbatim__c", line: "need.verbatim" },
        { property: "theme", field: "Theme__c", line: "need.theme" },
        { property: "raisedById", field: "Raised_By__c" },
        { property: "raisedByName", field: "Raised_By_Name__c", line: "need.raisedBy" },
        { property: "customerPriority", field: "Customer_Priority__c", line: "need.customerPriority" },
        { property: "decision", field: "Decision__c", line: "need.decision" },
        { property: "decisionRationale", field: "Decision_Rationale__c", line: "need.decisionRationale" },
        { property: "initiativeKey", field: "Initiative__c", line: "need.initiativeKey" }
    ],
    Plan_Initiative__c: [
        { property: null, field: "Plan__c" },
        { property: "id", field: "Id" },
        { property: "key", field: "Key__c", line: "initiative.key" },
        { property: "sequence", field: "Sequence__c" },
        { property: "title", field: "Title__c", line: "initiative.title" },
        { property: "successMeasure", field: "Success_Measure__c", line: "initiative.successMeasure" },
        { property: "targetDate", field: "Target_Date__c", line: "initiative.targetDate" },
        { property: "status", field: "Status__c" },
        { property: "successOutcome", field: "Success_Outcome__c" },
        { property: "successResult", field: "Success_Result__c" },
        { property: "customerComment", field: "Customer_Comment__c" }
    ],
    Plan_Commitment__c: [
        { property: null, field: "Initiative__c" },
        { property: null, field: "Initiative__r.Plan__c" },
        { property: "id", field: "Id" },
        { property: "key", field: "Key__c", line: "commitment.key" },
        { property: "sequence", field: "Sequence__c" },
        { property: "party", field: "Party__c", line: "commitment.party" },
        { property: "description", field: "Description__c", line: "commitment.description" },
        { property: "ownerUserId", field: "Owner_User__c" },
        { property: "ownerContactId", field: "Owner_Contact__c" },
        { property: "ownerName", field: "Owner_Name__c", line: "commitment.owner" },
        { property: "dueDate", field: "Due_Date__c", line: "commitment.dueDate" },
        { property: "status", field: "Status__c" },
        { property: "reviewOutcome", field: "Review_Outcome__c" }
    ],
    Plan_Signature__c: [
        { property: null, field: "Plan__c" },
        { property: "id", field: "Id" },
        { property: "party", field: "Party__c" },
        { property: "signerUserId", field: "Signer_User__c" },
        { property: "signerContactId", field: "Signer_Contact__c" },
        { property: "signerName", field: "Signer_Name__c" },
        { property: "planVersion", field: "Plan_Version__c" },
        { property: "contentHash", field: "Content_Hash__c" },
        { property: "signedAt", field: "Signed_At__c" },
        { property: "method", field: "Method__c" },
        { property: "evidence", field: "Evidence__c" },
        { property: "evidenceHash", field: "Evidence_Hash__c" },
        { property: "superseded", field: "Superseded__c" }
    ],
    Plan_Review__c: [
        { property: null, field: "Plan__c" },
        { property: "id", field: "Id" },
        { property: "reviewType", field: "Review_Type__c" },
        { property: "reviewDate", field: "Review_Date__c" },
        { property: "customerFeedback", field: "Customer_Feedback__c" },
        { property: "whatWorked", field: "What_Worked__c" },
        { property: "whatDidNot", field: "What_Did_Not__c" },
        { property: "whatWeWillChange", field: "What_We_Will_Change__c" }
    ]
};
function contentFields(object) {
    return PLAN_FIELDS[object].filter((field) => field.line !== undefined);
}

const ROUND_CONSTANTS = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
];
const INITIAL_HASH = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
function utf8Bytes(text) {
    const bytes = new Uint8Array(text.length * 3);
    let length = 0;
    for (let i = 0; i < text.length; i++) {
        let code = text.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
            const low = text.charCodeAt(i + 1);
            if (low >= 0xdc00 && low <= 0xdfff) {
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                i++;
            }
        }
        if (code >= 0xd800 && code <= 0xdfff)
            code = 0xfffd;
        if (code < 0x80) {
            bytes[length++] = code;
        }
        else if (code < 0x800) {
            bytes[length++] = 0xc0 | (code >> 6);
            bytes[length++] = 0x80 | (code & 0x3f);
        }
        else if (code < 0x10000) {
            bytes[length++] = 0xe0 | (code >> 12);
            bytes[length++] = 0x80 | ((code >> 6) & 0x3f);
            bytes[length++] = 0x80 | (code & 0x3f);
        }
        else {
            bytes[length++] = 0xf0 | (code >> 18);
            bytes[length++] = 0x80 | ((code >> 12) & 0x3f);
            bytes[length++] = 0x80 | ((code >> 6) & 0x3f);
            bytes[length++] = 0x80 | (code & 0x3f);
        }
    }
    return bytes.slice(0, length);
}
function pad(message) {
    const paddedLength = Math.ceil((message.length + 9) / 64) * 64;
    const padded = new Uint8Array(paddedLength);
    padded.set(message);
    padded[message.length] = 0x80;
    const bitLength = message.length * 8;
    const high = Math.floor(bitLength / 0x100000000);
    const low = bitLength >>> 0;
    for (let i = 0; i < 4; i++) {
        padded[paddedLength - 8 + i] = (high >>> (24 - 8 * i)) & 0xff;
        padded[paddedLength - 4 + i] = (low >>> (24 - 8 * i)) & 0xff;
    }
    return padded;
}
function rotateRight(value, bits) {
    return (value >>> bits) | (value << (32 - bits));
}
function compressBlock(hash, block, offset, schedule) {
    for (let t = 0; t < 16; t++) {
        const i = offset + t * 4;
        schedule[t] = (block[i] << 24) | (block[i + 1] << 16) | (block[i + 2] << 8) | block[i + 3];
    }
    for (let t = 16; t < 64; t++) {
        const w15 = schedule[t - 15];
        const w2 = schedule[t - 2];
        const s0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >>> 3);
        const s1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >>> 10);
        schedule[t] = (schedule[t - 16] + s0 + schedule[t - 7] + s1) | 0;
    }
    let [a, b, c, d, e, f, g, h] = hash;
    for (let t = 0; t < 64; t++) {
        const sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
        const choose = (e & f) ^ (~e & g);
        const temp1 = (h + sum1 + choose + ROUND_CONSTANTS[t] + schedule[t]) | 0;
        const sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
        const majority = (a & b) ^ (a & c) ^ (b & c);
        const temp2 = (sum0 + majority) | 0;
        h = g;
        g = f;
        f = e;
        e = (d + temp1) | 0;
        d = c;
        c = b;
        b = a;
        a = (temp1 + temp2) | 0;
    }
    const next = [a, b, c, d, e, f, g, h];
    for (let i = 0; i < 8; i++)
        hash[i] = (hash[i] + next[i]) | 0;
}
function sha256HexOfBytes(message) {
    const padded = pad(message);
    const hash = [...INITIAL_HASH];
    const schedule = new Array(64).fill(0);
    for (let offset = 0; offset < padded.length; offset += 64)
        compressBlock(hash, padded, offset, schedule);
    return hash.map((word) => (word >>> 0).toString(16).padStart(8, "0")).join("");
}
function sha256Hex(text) {
    return sha256HexOfBytes(utf8Bytes(text));
}

const CANONICAL_FORMAT = "accord-plan-v1";
function canonicalValue(value, field) {
    const text = typeof value === "number" ? String(value) : platformTrim(value);
    rejectLoneSurrogates(text, field);
    return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");
}
function rejectLoneSurrogates(text, field) {
    if (!/[\ud800-\udfff]/.test(text))
        return;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const isHigh = code >= 0xd800 && code <= 0xdbff;
        const isLow = code >= 0xdc00 && code <= 0xdfff;
        if (isHigh) {
            const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
            if (next >= 0xdc00 && next <= 0xdfff) {
                i++;
                continue;
            }
        }
        if (isHigh || isLow) {
            throw new AccordInputError("INVALID_TEXT", `${field} contains a broken character (lone UTF-16 surrogate at position ${i}): re-enter the text.`);
        }
    }
}
function line(lines, name, value, where) {
    lines.push(`${name}=${canonicalValue(value, `${where}.${name}`)}`);
}
const PLAN_CONTENT = contentFields("Customer_Account_Plan__c");
const NEED_CONTENT = contentFields("Customer_Need__c");
const INITIATIVE_CONTENT = contentFields("Plan_Initiative__c");
const COMMITMENT_CONTENT = contentFields("Plan_Commitment__c");
function canonicalPlanText(input) {
    const plan = readPlan(input);
    const lines = [CANONICAL_FORMAT];
    for (const f of PLAN_CONTENT)
        line(lines, f.line, plan[f.property], "plan");
    for (const need of bySequenceThenKey(plan.needs)) {
        for (const f of NEED_CONTENT)
            line(lines, f.line, need[f.property], `need ${need.key}`);
    }
    for (const initiative of bySequenceThenKey(plan.initiatives)) {
        for (const f of INITIATIVE_CONTENT)
            line(lines, f.line, initiative[f.property], `initiative ${initiative.key}`);
        for (const commitment of bySequenceThenKey(initiative.commitments)) {
            for (const f of COMMITMENT_CONTENT)
                line(lines, f.line, commitment[f.property], `commitment ${commitment.key}`);
        }
    }
    return lines.join("\n") + "\n";
}
function planFingerprint(plan) {
    return sha256Hex(canonicalPlanText(plan));
}
function shortFingerprint(hash) {
    if (typeof hash !== "string" || !/^[0-9a-fA-F]{64}$/.test(hash)) {
        throw new AccordInputError("INVALID_HASH", "A fingerprint must be 64 hexadecimal digits (SHA-256).");
    }
    const lower = hash.toLowerCase();
    return `${lower.slice(0, 4)} ${lower.slice(4, 8)} ${lower.slice(8, 12)}`;
}

function asRow(value, field) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
        throw new AccordInputError("INVALID_INPUT", `${field} must be an object.`);
    }
    return value;
}
function flag(row, name) {
    if (typeof row[name] !== "boolean") {
        throw new AccordInputError("INVALID_INPUT", `actor.${name} must be true or false.`);
    }
    return row[name];
}
function readActor(value) {
    const row = asRow(value, "actor");
    const contacts = row.signatoryContactIds === undefined ? [] : row.signatoryContactIds;
    if (!Array.isArray(contacts) || contacts.some((c) => typeof c !== "string")) {
        throw new AccordInputError("INVALID_INPUT", "actor.signatoryContactIds must be a list of Contact Ids.");
    }
    return {
        userId: requiredString(row, "userId", "actor"),
        userName: requiredString(row, "userName", "actor"),
        canEditPlans: flag(row, "canEditPlans"),
        canSign: flag(row, "canSign"),
        isPlanManager: flag(row, "isPlanManager"),
        signatoryContactIds: [...contacts]
    };
}

function issue(code, message, recordKey, params = {}) {
    return recordKey === undefined ? { code, message, params } : { code, message, recordKey, params };
}

function needIssues(need) {
    const issues = [];
    if (need.decision === "Pending") {
        issues.push(issue("NEED_UNDECIDED", "A need has no decision yet (commit, defer or decline).", need.key));
    }
    if ((need.decision === "Decline" || need.decision === "Defer") && !hasText(need.decisionRationale)) {
        issues.push(issue("NEED_RATIONALE_MISSING", "A declined or deferred need has no rationale for the customer.", need.key, {
            decision: need.decision
        }));
    }
    if (need.decision === "Commit" && need.initiativeKey === null) {
        issues.push(issue("NEED_NOT_LINKED", "A committed need is not linked to an initiative.", need.key));
    }
    return issues;
}
function activeCommitments(initiative) {
    return initiative.commitments.filter((c) => c.status !== "Cancelled");
}
function hasPartyCommitment(initiative, party) {
    return activeCommitments(initiative).some((c) => c.party === party);
}
function initiativeDefinitionIssues(plan, initiative) {
    const issues = [];
    if (!hasText(initiative.successMeasure)) {
        issues.push(issue("INITIATIVE_MEASURE_MISSING", "An initiative has no success measure.", initiative.key));
    }
    if (initiative.targetDate === null) {
        issues.push(issue("INITIATIVE_TARGET_DATE_MISSING", "An initiative has no target date.", initiative.key));
    }
    else if (initiative.targetDate < plan.periodStart || initiative.targetDate > plan.periodEnd) {
        issues.push(issue("INITIATIVE_TARGET_DATE_OUTSIDE_PERIOD", "An initiative's target date is outside the plan period.", initiative.key, {
            targetDate: initiative.targetDate,
            periodStart: plan.periodStart,
            periodEnd: plan.periodEnd
        }));
    }
    return issues;
}
function initiativePartyIssues(initiative) {
    const issues = [];
    if (!hasPartyCommitment(initiative, "Company")) {
        issues.push(issue("INITIATIVE_COMPANY_COMMITMENT_MISSING", "An initiative has no company commitment.", initiative.key));
    }
    if (!hasPartyCommitment(initiative, "Customer")) {
        issues.push(issue("INITIATIVE_CUSTOMER_COMMITMENT_MISSING", "An initiative has no customer commitment.", initiative.key));
    }
    return issues;
}
function shareReadiness(input) {
    return readinessOf(readPlan(input));
}
function readinessOf(plan) {
    const issues = [];
    for (const need of bySequenceThenKey(plan.needs))
        issues.push(...needIssues(need));
    for (const initiative of bySequenceThenKey(plan.initiatives)) {
        issues.push(...initiativeDefinitionIssues(plan, initiative), ...initiativePartyIssues(initiative));
    }
    return issues;
}

function hasSignedVersion(plan, party) {
    return plan.signatures.some((s) => s.party === party && s.planVersion === plan.version);
}
function needsNewVersion(plan) {
    if (plan.status === "In Review")
        return true;
    if (plan.status === "Draft" && plan.sharedOn !== null)
        return true;
    return plan.signatures.some((s) => s.planVersion === plan.version);
}
function missingOutcomes(plan) {
    return plan.initiatives.flatMap((initiative) => initiative.commitments
        .filter((c) => c.reviewOutcome === null)
        .map((c) => issue("OUTCOME_MISSING", "A commitment has no review outcome yet.", c.key, { party: c.party })));
}

function signAction(plan, actor, party) {
    if (hasSignedVersion(plan, party))
        return [];
    if (party === "Company")
        return actor.canSign ? [{ type: "sign", party, blockers: [] }] : [];
    if (!actor.canEditPlans)
        return [];
    const blockers = actor.signatoryContactIds.length === 0
        ? [issue("NO_SIGNATORY", "No contact of this account is marked as signatory.")]
        : [];
    return [{ type: "sign", party, blockers }];
}
function allowedActions(planInput, actorInput) {
    const plan = readPlan(planInput);
    const actor = readActor(actorInput);
    const actions = [];
    const canEdit = actor.canEditPlans;
    switch (plan.status) {
        case "Draft":
            if (canEdit) {
                actions.push({ type: "save", contentEditable: true, blockers: [] });
                actions.push({ type: "share", blockers: readinessOf(plan) });
            }
            break;
        case "In Review":
            if (canEdit) {
                actions.push({ type: "save", contentEditable: true, blockers: [] });
                actions.push({ type: "pullBack", blockers: [] });
            }
            actions.push(...signAction(plan, actor, "Company"), ...signAction(plan, actor, "Customer"));
            break;
        case "Agreed":
            if (canEdit) {
                actions.push({ type: "save", contentEditable: false, blockers: [] });
                actions.push({ type: "startReview", blockers: [] });
            }
            if (actor.isPlanManager)
                actions.push({ type: "reopen", blockers: [] });
            break;
        case "Under Review":
            if (canEdit) {
                actions.push({ type: "save", contentEditable: false, blockers: [] });
                actions.push({ type: "close", blockers: missingOutcomes(plan) });
            }
            break;
    }
    return actions;
}

function carryOverChoices(closedPlan) {
    const plan = readPlan(closedPlan);
    const needs = bySequenceThenKey(plan.needs);
    const choices = needs
        .filter((need) => need.decision === "Defer")
        .map((need) => ({
        record: "need",
        key: need.key,
        text: need.verbatim,
        initiativeKey: null,
        lastOutcome: need.decision,
        selected: true
    }));
    for (const initiative of bySequenceThenKey(plan.initiatives)) {
        const unfinished = initiative.successOutcome !== "Achieved";
        choices.push({
            record: "initiative",
            key: initiative.key,
            text: initiative.title,
            initiativeKey: null,
            lastOutcome: initiative.successOutcome ?? null,
            selected: unfinished
        });
        for (const need of needs.filter((n) => n.decision === "Commit" && n.initiativeKey === initiative.key)) {
            choices.push({
                record: "need",
                key: need.key,
                text: need.verbatim,
                initiativeKey: initiative.key,
                lastOutcome: need.decision,
                selected: unfinished
            });
        }
        for (const commitment of bySequenceThenKey(initiative.commitments.filter((c) => c.status !== "Cancelled"))) {
            choices.push({
                record: "commitment",
                key: commitment.key,
                text: commitment.description,
                initiativeKey: initiative.key,
                lastOutcome: commitment.reviewOutcome,
                selected: commitment.reviewOutcome !== "Kept"
            });
        }
    }
    return choices;
}

const DOCUMENT_SECTIONS = [
    "HEADER",
    "GOALS",
    "NEEDS",
    "INITIATIVES",
    "OUTCOMES",
    "PARTNERSHIP",
    "SIGNATURES",
    "FINGERPRINT"
];
const DOCUMENT_NEED_GROUPS = [
    "Commit",
    "Defer",
    "Decline",
    "Pending"
];
function orBlank(value) {
    return value === null || value === undefined || !hasText(value) ? null : value;
}
function listOf(value) {
    return Array.isArray(value) ? value : [];
}
function recompute(plan) {
    try {
        return planFingerprint(plan);
    }
    catch {
        return null;
    }
}
function fingerprintOf(plan) {
    const stored = orBlank(plan.contentHash);
    const recomputed = recompute(plan);
    let status;
    if (stored === null)
        status = "NOT_COMPUTED";
    else if (recomputed === null)
        status = "UNREADABLE";
    else
        status = recomputed === stored ? "VERIFIED" : "MISMATCH";
    return { stored, recomputed, status };
}
const REVIEWED_STATUSES = ["Under Review", "Closed"];
function hasSection(section, plan, initiatives) {
    if (section === "INITIATIVES")
        return initiatives > 0;
    if (section === "OUTCOMES")
        return initiatives > 0 && REVIEWED_STATUSES.includes(plan.status);
    if (section === "PARTNERSHIP")
        return REVIEWED_STATUSES.includes(plan.status);
    return true;
}
function customerDocument(plan) {
    const initiatives = bySequenceThenKey(listOf(plan.initiatives));
    const titles = new Map();
    for (const initiative of initiatives)
        titles.set(initiative.key, orBlank(initiative.title));
    const needs = bySequenceThenKey(listOf(plan.needs));
    const needGroups = DOCUMENT_NEED_GROUPS.map((decision) => ({
        decision,
        needs: needs
            .filter((need) => need.decision === decision)
            .map((need) => ({
            key: need.key,
            verbatim: need.verbatim ?? "",
            raisedByName: orBlank(need.raisedByName),
            rationale: orBlank(need.decisionRationale),
            initiativeTitle: need.initiativeKey == null ? null : (titles.get(need.initiativeKey) ?? null)
        }))
    })).filter((group) => group.needs.length > 0);
    return {
        sections: DOCUMENT_SECTIONS.filter((section) => hasSection(section, plan, initiatives.length)),
        language: orBlank(plan.planLanguage) ?? "en",
        accountName: plan.accountName ?? null,
        status: (orBlank(plan.status) ?? "Draft"),
        version: plan.version,
        periodStart: orBlank(plan.periodStart),
        periodEnd: orBlank(plan.periodEnd),
        customerGoals: orBlank(plan.customerGoals),
        needGroups,
        initiatives: initiatives.map((initiative) => {
            const commitments = bySequenceThenKey(listOf(initiative.commitments));
            return {
                key: initiative.key,
                title: orBlank(initiative.title),
                successMeasure: orBlank(initiative.successMeasure),
                targetDate: orBlank(initiative.targetDate),
                parties: PARTIES.map((party) => ({
                    party,
                    commitments: commitments
                        .filter((commitment) => commitment.party === party)
                        .map((commitment) => ({
                        key: commitment.key,
                        description: orBlank(commitment.description),
                        ownerName: orBlank(commitment.ownerName),
                        dueDate: orBlank(commitment.dueDate)
                    }))
                }))
            };
        }),
        signatures: listOf(plan.signatures)
            .filter((signature) => signature.superseded !== true && signature.planVersion === plan.version)
            .map((signature) => ({
            party: signature.party,
            planVersion: signature.planVersion,
            signerName: orBlank(signature.signerName),
            signedAt: orBlank(signature.signedAt),
            method: orBlank(signature.method)
        })),
        fingerprint: fingerprintOf(plan)
    };
}

function languageTag(language) {
    return (language || "en").replace("_", "-");
}
const PATTERN_TOKEN = /yyyy|MM|M|dd|d/g;
function formatDatePattern(iso, pattern) {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
    if (!match)
        return null;
    const [, year, month, day] = match;
    const parts = {
        yyyy: year,
        MM: month,
        M: String(Number(month)),
        dd: day,
        d: String(Number(day))
    };
    return pattern.replace(PATTERN_TOKEN, (token) => parts[token]);
}
const LANGUAGE_OF_COUNTRY = {
    DE: "de",
    AT: "de",
    CH: "de",
    LI: "de",
    FR: "fr",
    MC: "fr",
    LU: "fr",
    ES: "es",
    MX: "es",
    AR: "es",
    CO: "es",
    CL: "es",
    PE: "es",
    IT: "it",
    SM: "it",
    JP: "ja",
    KR: "ko",
    CN: "zh_CN",
    SG: "en",
    GB: "en",
    US: "en",
    IE: "en",
    AU: "en",
    CA: "en",
    NZ: "en"
};
function planLanguageForCountry(countryCode, fallback) {
    return LANGUAGE_OF_COUNTRY[(countryCode || "").toUpperCase()] ?? fallback;
}

const TOKEN = /\s+|[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]|(?:(?![\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])[\p{L}\p{M}\p{N}])+|\p{Regional_Indicator}{2}|\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u20E3|\u200D\p{Extended_Pictographic})*|[\s\S]/gu;
const MAX_CELLS = 250000;
function wordTokens(text) {
    return text.match(TOKEN) ?? [];
}
function push(parts, op, text) {
    if (text === "")
        return;
    const last = parts[parts.length - 1];
    if (last && last.op === op)
        last.text += text;
    else
        parts.push({ op, text });
}
function lcsOps(a, b) {
    const width = b.length + 1;
    const lengths = new Uint32Array((a.length + 1) * width);
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lengths[i * width + j] =
                a[i] === b[j]
                    ? lengths[(i + 1) * width + j + 1] + 1
                    : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
        }
    }
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        if (a[i] === b[j]) {
            ops.push({ op: "same", token: a[i] });
            i++;
            j++;
        }
        else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
            ops.push({ op: "removed", token: a[i++] });
        }
        else {
            ops.push({ op: "added", token: b[j++] });
        }
    }
    while (i < a.length)
        ops.push({ op: "removed", token: a[i++] });
    while (j < b.length)
        ops.push({ op: "added", token: b[j++] });
    return ops;
}
function groupReplacements(ops) {
    const parts = [];
    let removed = "";
    let added = "";
    const flush = () => {
        push(parts, "removed", removed);
        push(parts, "added", added);
        removed = "";
        added = "";
    };
    for (const { op, token } of ops) {
        if (op === "removed")
            removed += token;
        else if (op === "added")
            added += token;
        else {
            flush();
            push(parts, "same", token);
        }
    }
    flush();
    return parts;
}
function wordDiff(before, after) {
    const a = wordTokens(before);
    const b = wordTokens(after);
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const middleA = a.slice(start, endA);
    const middleB = b.slice(start, endB);
    const middle = (middleA.length + 1) * (middleB.length + 1) > MAX_CELLS
        ? [
            ...middleA.map((token) => ({ op: "removed", token })),
            ...middleB.map((token) => ({ op: "added", token }))
        ]
        : lcsOps(middleA, middleB);
    const ops = [
        ...a.slice(0, start).map((token) => ({ op: "same", token })),
        ...middle,
        ...a.slice(endA).map((token) => ({ op: "same", token }))
    ];
    return groupReplacements(ops);
}

const WORDED = new Set(["customerGoals", "verbatim", "decisionRationale", "title", "successMeasure", "description"]);
const NAMING_LINE = { need: "verbatim", initiative: "title", commitment: "description" };
function unescapeValue(value) {
    return value.replace(/\\([\\nt])/g, (_, code) => (code === "n" ? "\n" : code === "t" ? "\t" : "\\"));
}
function invalid(message) {
    return new AccordInputError("INVALID_CANONICAL_TEXT", message);
}
function parseCanonicalText(text) {
    if (typeof text !== "string" || !text.startsWith(CANONICAL_FORMAT + "\n")) {
        throw invalid(`A stored version must start with the line ${CANONICAL_FORMAT}.`);
    }
    const parsed = { plan: new Map(), records: { need: [], initiative: [], commitment: [] } };
    let initiativeKey = null;
    const lines = text.slice(CANONICAL_FORMAT.length + 1).split("\n");
    if (lines.pop() !== "")
        throw invalid("A stored version must end with a line break.");
    for (const line of lines) {
        const equals = line.indexOf("=");
        if (equals < 0)
            throw invalid(`Line without "=" in a stored version: ${line.slice(0, 40)}`);
        const name = line.slice(0, equals);
        const value = unescapeValue(line.slice(equals + 1));
        const dot = name.indexOf(".");
        if (dot < 0) {
            parsed.plan.set(name, value);
            continue;
        }
        const record = name.slice(0, dot);
        const field = name.slice(dot + 1);
        const list = parsed.records[record];
        if (!list)
            throw invalid(`Unknown line ${name} in a stored version.`);
        if (field === "key") {
            if (record === "initiative")
                initiativeKey = value;
            if (record === "commitment" && initiativeKey === null)
                throw invalid("A commitment precedes every initiative.");
            list.push({ key: value, lines: new Map(), parent: record === "commitment" ? initiativeKey : null });
        }
        else {
            const current = list[list.length - 1];
            if (!current)
                throw invalid(`Line ${name} before its record's key.`);
            current.lines.set(field, value);
        }
    }
    return parsed;
}
function fieldChanges(before, after) {
    const names = [...after.keys(), ...[...before.keys()].filter((name) => !after.has(name))];
    const changes = [];
    for (const field of names) {
        const a = before.get(field) ?? "";
        const b = after.get(field) ?? "";
        if (a !== b)
            changes.push({ field, before: a, after: b, words: WORDED.has(field) ? wordDiff(a, b) : null });
    }
    return changes;
}
function titles(plan) {
    return new Map(plan.records.initiative.map((record) => [record.key, record.lines.get("title") ?? ""]));
}
function withTitles(changes, before, after) {
    return changes.map((change) => change.field === "initiativeKey"
        ? {
            ...change,
            before: change.before === "" ? "" : (before.get(change.before) ?? change.before),
            after: change.after === "" ? "" : (after.get(change.after) ?? change.after)
        }
        : change);
}
function recordChanges(record, older, newer) {
    const olderTitles = titles(older);
    const newerTitles = titles(newer);
    const describe = (entry, kind, fields, inTitles) => ({
        record,
        kind,
        key: entry.key,
        text: entry.lines.get(NAMING_LINE[record]) ?? "",
        initiative: entry.parent === null ? null : (inTitles.get(entry.parent) ?? ""),
        fields
    });
    const olderByKey = new Map(older.records[record].map((entry) => [entry.key, entry]));
    const newerKeys = new Set(newer.records[record].map((entry) => entry.key));
    const changes = [];
    for (const entry of newer.records[record]) {
        const previous = olderByKey.get(entry.key);
        if (!previous) {
            changes.push(describe(entry, "added", [], newerTitles));
            continue;
        }
        const lines = new Map(entry.lines);
        const previousLines = new Map(previous.lines);
        if (record === "commitment" && previous.parent !== entry.parent) {
            previousLines.set("initiativeKey", previous.parent ?? "");
            lines.set("initiativeKey", entry.parent ?? "");
        }
        const fields = withTitles(fieldChanges(previousLines, lines), olderTitles, newerTitles);
        if (fields.length > 0)
            changes.push(describe(entry, "changed", fields, newerTitles));
    }
    for (const entry of older.records[record]) {
        if (!newerKeys.has(entry.key))
            changes.push(describe(entry, "removed", [], olderTitles));
    }
    return changes;
}
function versionChanges(olderText, newerText) {
    const older = parseCanonicalText(olderText);
    const newer = parseCanonicalText(newerText);
    const plan = fieldChanges(older.plan, newer.plan);
    const records = [
        ...recordChanges("need", older, newer),
        ...recordChanges("initiative", older, newer),
        ...recordChanges("commitment", older, newer)
    ];
    return { plan, records, count: plan.length + records.length };
}
function newestFirst(a, b) {
    return b.version - a.version || (a.sharedAt < b.sharedAt ? 1 : a.sharedAt > b.sharedAt ? -1 : 0);
}
function changesBaseline(plan, versions) {
    const customerSignatures = plan.signatures.filter((signature) => signature.party === "Customer");
    if (customerSignatures.some((signature) => signature.contentHash === plan.contentHash))
        return null;
    const earlier = versions.filter((version) => version.contentHash !== plan.contentHash).sort(newestFirst);
    if (earlier.length === 0)
        return null;
    const signatures = [...customerSignatures].sort((a, b) => b.planVersion - a.planVersion || (a.signedAt < b.signedAt ? 1 : -1));
    for (const signature of signatures) {
        const signed = earlier.find((v) => v.version === signature.planVersion && v.contentHash === signature.contentHash) ??
            earlier.find((v) => v.contentHash === signature.contentHash);
        if (signed)
            return { version: signed, reason: "signed", signerName: signature.signerName };
    }
    return { version: earlier[0], reason: "seen", signerName: null };
}
function keepsSharedVersion(before, after) {
    if (after.status !== "In Review")
        return false;
    return !(before.status === "In Review" &&
        before.version === after.version &&
        before.contentHash === after.contentHash);
}

const DEFAULT_EARLIEST_REVIEW_MONTHS = 9;
const REVIEW_AFTER_MONTHS = 12;
function reviewSettingsFor(configuration, countryCode) {
    const countries = (configuration && configuration.countries) || [];
    const country = countryCode ? countries.find((c) => c.countryCode === countryCode) : undefined;
    return {
        reviewCadenceMonths: country ? country.reviewCadenceMonths : null,
        reviewEarliestMonths: country?.reviewEarliestMonths ?? null
    };
}
function addMonths(isoDate, months) {
    const [year, month, day] = isoDate.slice(0, 10).split("-").map(Number);
    const target = new Date(Date.UTC(year, month - 1 + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(day, lastDay));
    return target.toISOString().slice(0, 10);
}
function reviewSchedule(plan, settings) {
    if (!plan.agreedOn)
        return null;
    const agreedOn = plan.agreedOn.slice(0, 10);
    const reviewDate = addMonths(agreedOn, REVIEW_AFTER_MONTHS);
    const earliestMonths = settings.reviewEarliestMonths ?? DEFAULT_EARLIEST_REVIEW_MONTHS;
    const cadence = settings.reviewCadenceMonths ?? 0;
    const recorded = (plan.reviews ?? []).filter((review) => review.reviewType === "Check-in").length;
    const checkIns = [];
    for (let n = 1; cadence > 0 && n * cadence < REVIEW_AFTER_MONTHS; n++) {
        checkIns.push({ due: addMonths(agreedOn, n * cadence), done: n <= recorded });
    }
    const next = checkIns.find((checkIn) => !checkIn.done);
    return {
        agreedOn,
        reviewDate,
        earliestReviewDate: addMonths(agreedOn, earliestMonths),
        checkIns,
        nextCheckIn: next ? next.due : null
    };
}
function reviewStartIssue(plan, settings, today) {
    const schedule = reviewSchedule(plan, settings);
    if (!schedule || today.slice(0, 10) >= schedule.earliestReviewDate)
        return null;
    return issue("REVIEW_TOO_EARLY", `The 12-month review can start on ${schedule.earliestReviewDate} at the earliest.`, undefined, { earliestDate: schedule.earliestReviewDate });
}

const RECOMMENDED_MAX_INITIATIVES = 5;
const HEALTH_CHECK_CODES = [
    "CUSTOMER_GOALS",
    "NEEDS_DECIDED",
    "NEEDS_RATIONALE",
    "NEEDS_RAISED_BY",
    "NEEDS_LINKED",
    "INITIATIVE_COUNT",
    "INITIATIVES_DEFINED",
    "INITIATIVES_BOTH_PARTIES",
    "COMMITMENTS_OWNED"
];
const FULL_HEALTH_MODEL = { skippedHealthChecks: [], maxInitiatives: RECOMMENDED_MAX_INITIATIVES };
function recordCheck(code, points, kind, missingKind, applicable, actionsFor) {
    if (kind.length === 0) {
        return {
            code,
            pointsEarned: 0,
            pointsPossible: points,
            passed: false,
            checked: 0,
            passing: 0,
            actions: [missingKind]
        };
    }
    const actions = [];
    let passing = 0;
    for (const record of applicable) {
        const gaps = actionsFor(record);
        if (gaps.length === 0)
            passing++;
        actions.push(...gaps);
    }
    const checked = applicable.length;
    const pointsEarned = checked === 0 ? points : Math.floor((points * passing) / checked);
    return { code, pointsEarned, pointsPossible: points, passed: passing === checked, checked, passing, actions };
}
function flagCheck(code, points, actions) {
    const passed = actions.length === 0;
    return {
        code,
        pointsEarned: passed ? points : 0,
        pointsPossible: points,
        passed,
        checked: 1,
        passing: passed ? 1 : 0,
        actions
    };
}
function when(condition, gap) {
    return condition ? [gap] : [];
}
function needChecks(needs) {
    const noNeeds = issue("NEEDS_MISSING", "Capture the customer's needs in their own words.");
    return [
        recordCheck("NEEDS_DECIDED", 15, needs, noNeeds, needs, (n) => when(n.decision === "Pending", issue("NEED_UNDECIDED", "Decide this need: commit, defer or decline.", n.key))),
        recordCheck("NEEDS_RATIONALE", 15, needs, noNeeds, needs, (n) => when(!hasText(n.decisionRationale), issue("NEED_RATIONALE_MISSING", "Explain the decision on this need to the customer.", n.key, {
            decision: n.decision
        }))),
        recordCheck("NEEDS_RAISED_BY", 10, needs, noNeeds, needs, (n) => when(n.raisedById === null && !hasText(n.raisedByName), issue("NEED_RAISED_BY_MISSING", "Record who at the customer raised this need.", n.key))),
        recordCheck("NEEDS_LINKED", 10, needs, noNeeds, needs.filter((n) => n.decision === "Commit"), (n) => when(n.initiativeKey === null, issue("NEED_NOT_LINKED", "Link this committed need to an initiative.", n.key)))
    ];
}
function commitmentGaps(c) {
    const hasOwner = c.ownerUserId !== null || c.ownerContactId !== null || hasText(c.ownerName);
    return [
        ...when(!hasOwner, issue("COMMITMENT_OWNER_MISSING", "Name who owns this commitment.", c.key, { party: c.party })),
        ...when(c.dueDate === null, issue("COMMITMENT_DUE_DATE_MISSING", "Give this commitment a due date.", c.key, { party: c.party }))
    ];
}
function readModel(model) {
    requireObject(model, "model");
    const skipped = requireArray(model.skippedHealthChecks, "model.skippedHealthChecks");
    skipped.forEach((code, i) => {
        if (!HEALTH_CHECK_CODES.includes(code)) {
            fail("INVALID_INPUT", `model.skippedHealthChecks[${i}] must be a plan-health check code such as "NEEDS_LINKED" (got ${JSON.stringify(code)}).`);
        }
    });
    const maxInitiatives = requireNumber(model.maxInitiatives, "model.maxInitiatives", {
        min: 1,
        max: 100,
        integer: true
    });
    return { skippedHealthChecks: skipped, maxInitiatives };
}
function planHealth(input, countryModel = FULL_HEALTH_MODEL) {
    const plan = readPlan(input);
    const model = readModel(countryModel);
    const max = model.maxInitiatives;
    const needs = bySequenceThenKey(plan.needs);
    const initiatives = bySequenceThenKey(plan.initiatives);
    const commitments = initiatives.flatMap((i) => bySequenceThenKey(activeCommitments(i)));
    const noInitiatives = issue("INITIATIVES_MISSING", "Agree at least one key initiative for the period.");
    const count = initiatives.length;
    const checks = [
        flagCheck("CUSTOMER_GOALS", 10, when(!hasText(plan.customerGoals), issue("GOALS_MISSING", "Write down the customer's goals in their words."))),
        ...needChecks(needs),
        flagCheck("INITIATIVE_COUNT", 10, [
            ...when(count === 0, noInitiatives),
            ...when(count > max, issue("INITIATIVES_TOO_MANY", `Focus on at most ${max} key initiatives.`, undefined, { count, max }))
        ]),
        recordCheck("INITIATIVES_DEFINED", 10, initiatives, noInitiatives, initiatives, (i) => initiativeDefinitionIssues(plan, i)),
        recordCheck("INITIATIVES_BOTH_PARTIES", 10, initiatives, noInitiatives, initiatives, initiativePartyIssues),
        recordCheck("COMMITMENTS_OWNED", 10, commitments, issue("COMMITMENTS_MISSING", "Add what each side commits to for each initiative."), commitments, commitmentGaps)
    ].filter((c) => !model.skippedHealthChecks.includes(c.code));
    const earned = checks.reduce((sum, c) => sum + c.pointsEarned, 0);
    const possible = checks.reduce((sum, c) => sum + c.pointsPossible, 0);
    return { score: possible === 0 ? 100 : Math.floor((100 * earned) / possible), checks };
}

function deliveryRates(input) {
    const plan = readPlan(input);
    const rates = {
        Company: { commitments: 0, kept: 0, partly: 0, notKept: 0, assessed: 0, rate: null },
        Customer: { commitments: 0, kept: 0, partly: 0, notKept: 0, assessed: 0, rate: null }
    };
    for (const initiative of plan.initiatives) {
        for (const commitment of activeCommitments(initiative)) {
            const party = rates[commitment.party];
            party.commitments++;
            if (commitment.reviewOutcome === "Kept")
                party.kept++;
            if (commitment.reviewOutcome === "Partly")
                party.partly++;
            if (commitment.reviewOutcome === "Not kept")
                party.notKept++;
            if (commitment.reviewOutcome !== null)
                party.assessed++;
        }
    }
    for (const party of [rates.Company, rates.Customer]) {
        party.rate = party.commitments === 0 ? null : (party.kept + 0.5 * party.partly) / party.commitments;
    }
    return rates;
}
function initiativeSuccess(input) {
    const plan = readPlan(input);
    const result = { initiatives: 0, achieved: 0, partly: 0, notAchieved: 0, assessed: 0, rate: null };
    for (const initiative of plan.initiatives) {
        result.initiatives++;
        if (initiative.successOutcome === "Achieved")
            result.achieved++;
        if (initiative.successOutcome === "Partly")
            result.partly++;
        if (initiative.successOutcome === "Not achieved")
            result.notAchieved++;
        if (initiative.successOutcome != null)
            result.assessed++;
    }
    result.rate = result.initiatives === 0 ? null : (result.achieved + 0.5 * result.partly) / result.initiatives;
    return result;
}

const MAX_WEIGHT = 1000000;
const CRITERION_WEIGHT_TOTAL = 100;
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

function roundToTenth(value) {
    const rounded = Math.floor(Math.abs(value) * 10 + 0.5 + 1e-9) / 10;
    return value < 0 && rounded !== 0 ? -rounded : rounded;
}
function ratingToScore(rating) {
    return ((rating - 1) / 4) * 100;
}

function computeKeyAccountPriority(ratings, criteria, settings, archetype = null) {
    checkSettings(settings);
    const byCode = criteriaByCode(criteria);
    const overrides = archetypeOverrides(archetype);
    const rated = readRatings(ratings, byCode);
    const weighted = [...byCode.values()].sort(bySequenceThenCode).map((criterion) => {
        const override = overrides.get(criterion.code);
        return {
            criterion,
            weight: override ?? criterion.weight,
            weightSource: override === undefined ? "Global" : "Archetype",
            rating: rated.get(criterion.code) ?? null
        };
    });
    let totalWeight = 0;
    let ratedWeight = 0;
    let sum = 0;
    for (const w of weighted) {
        totalWeight += w.weight;
        if (w.rating === null)
            continue;
        ratedWeight += w.weight;
        sum += w.weight * ratingToScore(w.rating);
    }
    const raw = ratedWeight > 0 ? sum / ratedWeight : null;
    const score = raw === null ? null : roundToTenth(raw);
    return {
        score,
        tier: score === null ? null : tierOf(score, settings),
        criteria: weighted.map((w) => ({
            code: w.criterion.code,
            label: w.criterion.label,
            weight: w.weight,
            weightSource: w.weightSource,
            rating: w.rating,
            score: w.rating === null ? null : roundToTenth(ratingToScore(w.rating)),
            contribution: w.rating === null || ratedWeight === 0 ? null : roundToTenth((w.weight * ratingToScore(w.rating)) / ratedWeight)
        })),
        missingCriteria: weighted.filter((w) => w.rating === null && w.weight > 0).map((w) => w.criterion.code),
        weightCovered: totalWeight > 0 ? roundToTenth((ratedWeight / totalWeight) * 100) : null,
        archetypeCode: archetype ? archetype.code : null
    };
}
function tierOf(score, settings) {
    if (score >= settings.tierAThreshold)
        return "A";
    return score >= settings.tierBThreshold ? "B" : "C";
}
function archetypeOverrides(archetype) {
    const result = new Map();
    if (archetype === null || archetype === undefined)
        return result;
    requireObject(archetype, "archetype");
    requireText(archetype.code, "archetype.code");
    const weights = archetype.criterionWeights ?? {};
    requireObject(weights, `archetype "${archetype.code}".criterionWeights`);
    for (const code of Object.keys(weights)) {
        result.set(code, checkWeight(weights[code], `archetype "${archetype.code}".criterionWeights.${code}`));
    }
    return result;
}
function readRatings(ratings, byCode) {
    const result = new Map();
    requireArray(ratings, "ratings").forEach((rating, i) => {
        requireObject(rating, `ratings[${i}]`);
        const code = requireText(rating.criterion, `ratings[${i}].criterion`);
        if (!byCode.has(code)) {
            fail("UNKNOWN_CRITERION", `ratings[${i}].criterion "${code}" is not a configured selection criterion.`);
        }
        if (result.has(code))
            fail("DUPLICATE_RATING", `ratings: the criterion "${code}" is rated more than once.`);
        result.set(code, requireRating(rating.rating, `ratings[${i}].rating`));
    });
    return result;
}

const HIGH_PRIORITY_FROM = 50;
const STRONG_RELATIONSHIP_FROM = 50;
const isScore = (value) => typeof value === "number" && Number.isFinite(value);
function portfolioQuadrant(priorityScore, collaborationIndex) {
    if (!isScore(priorityScore) || !isScore(collaborationIndex))
        return null;
    const attractive = priorityScore >= HIGH_PRIORITY_FROM;
    const strong = collaborationIndex >= STRONG_RELATIONSHIP_FROM;
    if (attractive)
        return strong ? "Invest" : "Develop";
    return strong ? "Maintain" : "Reconsider";
}

const TEXT_FIELD_LENGTHS = {
    "Customer_Account_Plan__c.Customer_Goals__c": 32768,
    "Customer_Account_Plan__c.Reopen_Reason__c": 32768,
    "Customer_Need__c.Verbatim__c": 32768,
    "Customer_Need__c.Decision_Rationale__c": 32768,
    "Plan_Initiative__c.Title__c": 255,
    "Plan_Initiative__c.Success_Measure__c": 32768,
    "Plan_Initiative__c.Success_Result__c": 32768,
    "Plan_Initiative__c.Customer_Comment__c": 32768,
    "Plan_Commitment__c.Description__c": 32768,
    "Plan_Commitment__c.Owner_Name__c": 121,
    "Plan_Review__c.Customer_Feedback__c": 32768,
    "Plan_Review__c.What_Worked__c": 32768,
    "Plan_Review__c.What_Did_Not__c": 32768,
    "Plan_Review__c.What_We_Will_Change__c": 32768,
    "Plan_Signature__c.Evidence__c": 255,
    "Collaboration_Rating__c.Comment__c": 32768,
    "Collaboration_Assessment__c.Comment__c": 32768,
    "Account_Selection_Rating__c.Rationale__c": 32768,
    "Key_Account_Nomination__c.Reason__c": 32768
};

const NOMINATION_REASON_MAX = TEXT_FIELD_LENGTHS["Key_Account_Nomination__c.Reason__c"];
function lastNomination(history) {
    let last = null;
    for (const entry of history)
        if (last === null || entry.effectiveDate >= last.effectiveDate)
            last = entry;
    return last;
}
function nominationIssues(change, history, today) {
    const issues = [];
    const action = KEY_ACCOUNT_ACTIONS.includes(change.action)
        ? change.action
        : null;
    if (action === null)
        issues.push("NOMINATION_INVALID_ACTION");
    const reason = typeof change.reason === "string" ? platformTrim(change.reason) : "";
    if (reason === "")
        issues.push("NOMINATION_REASON_REQUIRED");
    else if (reason.length > NOMINATION_REASON_MAX)
        issues.push("NOMINATION_REASON_TOO_LONG");
    const last = lastNomination(history);
    const date = typeof change.effectiveDate === "string" ? change.effectiveDate : "";
    if (!isIsoDate(date))
        issues.push("NOMINATION_DATE_INVALID");
    else if (date > today)
        issues.push("NOMINATION_DATE_IN_FUTURE");
    else if (last !== null && date < last.effectiveDate)
        issues.push("NOMINATION_DATE_BEFORE_LAST");
    const key = last !== null && last.action === "Nominate";
    if (action === "Nominate" && key)
        issues.push("ALREADY_KEY_ACCOUNT");
    if (action === "Retire" && !key)
        issues.push("NOT_A_KEY_ACCOUNT");
    return issues;
}

const STAKEHOLDER_RANGES = [
    { field: "influence", min: 1, max: 5 },
    { field: "relationshipStrength", min: 1, max: 5 },
    { field: "stance", min: -2, max: 2 }
];
const isBlank = (value) => typeof value !== "string" || value.trim() === "";
function stakeholderIssues(change, stakeholders) {
    const issues = [];
    for (const range of STAKEHOLDER_RANGES) {
        const value = change[range.field];
        if (typeof value !== "number" || !Number.isInteger(value) || value < range.min || value > range.max) {
            issues.push({ code: "STAKEHOLDER_OUT_OF_RANGE", ...range });
        }
    }
    if (!STAKEHOLDER_ROLES.includes(change.role)) {
        issues.push({ code: "STAKEHOLDER_INVALID_VALUE", field: "role" });
    }
    if (change.decisionRole !== null && !DECISION_ROLES.includes(change.decisionRole)) {
        issues.push({ code: "STAKEHOLDER_INVALID_VALUE", field: "decisionRole" });
    }
    if (isBlank(change.contactId) && (change.newContact === null || isBlank(change.newContact.lastName))) {
        issues.push({ code: "STAKEHOLDER_CONTACT_REQUIRED" });
    }
    const ofAccount = stakeholders.filter((s) => s.accountId === change.accountId);
    const byId = new Map(ofAccount.map((s) => [s.id, s]));
    if (change.id !== null && !byId.has(change.id))
        issues.push({ code: "STAKEHOLDER_NOT_FOUND" });
    const twin = ofAccount.find((s) => s.id !== change.id && !isBlank(change.contactId) && s.contactId === change.contactId);
    if (twin)
        issues.push({ code: "DUPLICATE_CONTACT", name: twin.name });
    if (change.reportsToId !== null && change.reportsToId !== change.id && !byId.has(change.reportsToId)) {
        issues.push({ code: "MANAGER_AT_OTHER_ACCOUNT" });
    }
    const circle = change.id === null ? null : reportingCircle(change.id, change.reportsToId, byId);
    if (circle)
        issues.push({ code: "REPORTING_CYCLE", names: circle });
    return issues;
}
function reportingCircle(id, managerId, byId) {
    const self = byId.get(id);
    if (!self)
        return null;
    const names = [self.name];
    const seen = new Set([id]);
    let next = managerId;
    while (next !== null) {
        if (next === id)
            return names;
        const person = byId.get(next);
        if (!person || seen.has(next))
            return null;
        seen.add(next);
        names.push(person.name);
        next = person.reportsToId;
    }
    return null;
}
function circleText(names) {
    return [...names, names[0]].join(" → ");
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
function archetypeByCode(config, archetypeCode) {
    const lookup = checkConfiguration(config);
    const code = requireText(archetypeCode, "archetypeCode");
    const archetype = lookup.archetypes.get(code);
    if (!archetype)
        fail("UNKNOWN_ARCHETYPE", `archetypeCode "${code}" is not a configured healthcare archetype.`);
    return archetype;
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
    return [...gaps, ...weightTotalGaps(config, archetypes)];
}
function weightTotalGaps(config, archetypes) {
    if (config.criteria.length === 0)
        return [];
    const gaps = [];
    const total = (archetype) => criterionWeights(config, archetype).reduce((sum, c) => sum + c.weight, 0);
    for (const archetype of [null, ...archetypes]) {
        const sum = total(archetype);
        if (sum !== CRITERION_WEIGHT_TOTAL) {
            gaps.push({ code: "CRITERION_WEIGHTS_NOT_100", archetypeCode: archetype ? archetype.code : null, total: sum });
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
                    approach: p.approach,
                    whatToAvoid: p.whatToAvoid
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

const LIGHT_MODEL_MAX_INITIATIVES = 3;
const LIGHT_MODEL_SKIPPED_CHECKS = ["NEEDS_RAISED_BY", "NEEDS_LINKED", "COMMITMENTS_OWNED"];
function countryKamModel(config, countryCode) {
    requireObject(config, "configuration");
    const countries = requireArray(config.countries, "countries");
    let code = null;
    if (countryCode !== null && countryCode !== undefined) {
        code = typeof countryCode === "string" ? countryCode.trim().toUpperCase() : "";
        if (!/^[A-Z]{2}$/.test(code)) {
            fail("INVALID_COUNTRY_CODE", `countryCode must be a two-letter ISO 3166 code such as "DE" (got ${JSON.stringify(countryCode)}).`);
        }
    }
    const country = code === null ? undefined : countries.find((c) => c.countryCode === code);
    const light = country !== undefined && country.kamReadiness === "Not ready";
    return {
        countryCode: code,
        readiness: country ? country.kamReadiness : null,
        model: light ? "Light" : "Full",
        skippedHealthChecks: light ? [...LIGHT_MODEL_SKIPPED_CHECKS] : [],
        maxInitiatives: light ? LIGHT_MODEL_MAX_INITIATIVES : RECOMMENDED_MAX_INITIATIVES,
        customerSignatureRequired: true,
        pullThroughStrategy: country && typeof country.pullThroughStrategy === "string" ? country.pullThroughStrategy.trim() : "",
        reviewCadenceMonths: country && country.reviewCadenceMonths ? country.reviewCadenceMonths : DEFAULT_REVIEW_CADENCE_MONTHS,
        reviewCadenceSource: country && country.reviewCadenceMonths ? "Country" : "Default"
    };
}

function normalizeText(value) {
    return value.normalize("NFC").replace(/\r\n?/g, "\n");
}

const FAMILY_FIRST = new Set(["ja", "ko", "zh"]);
const CJK = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;
function baseLanguage(language) {
    return language.split(/[_-]/)[0].toLowerCase();
}
function isFamilyNameFirst(language) {
    return FAMILY_FIRST.has(baseLanguage(language));
}
function personName(parts, language) {
    const given = (parts.firstName ?? "").trim();
    const family = (parts.lastName ?? "").trim();
    if (given === "" || family === "")
        return given || family;
    const cjkName = CJK.test(given) && CJK.test(family);
    if (!isFamilyNameFirst(language) && !cjkName)
        return `${given} ${family}`;
    const joiner = baseLanguage(language) !== "ja" && cjkName ? "" : " ";
    return `${family}${joiner}${given}`;
}

export { AccordInputError, COMMITMENT_STATUSES, CRITERION_WEIGHT_TOTAL, DECISION_ROLES, DIMENSION_AUDIENCES, HIGH_PRIORITY_FROM, INITIATIVE_STATUSES, KAM_READINESS_LEVELS, LANGUAGES, NEED_DECISIONS, NEED_THEMES, PARTIES, PLAN_STATUSES, RESPONDENT_FUNCTIONS, REVIEW_OUTCOMES, REVIEW_TYPES, SIGNATURE_METHODS, STAKEHOLDER_RANGES, STAKEHOLDER_ROLES, STRONG_RELATIONSHIP_FROM, SUCCESS_OUTCOMES, TEXT_FIELD_LENGTHS, allowedActions, archetypeByCode, canonicalPlanText, carryOverChoices, changesBaseline, circleText, compareSequenceThenKey, compareText, computeKeyAccountPriority, countryKamModel, customerDocument, deliveryRates, fail, findConfigurationGaps, formatDatePattern, initiativeSuccess, keepsSharedVersion, labelKey, languageTag, needsNewVersion, nominationIssues, normalizeText, optionalText, personName, planFingerprint, planHealth, planLanguageForCountry, portfolioQuadrant, requireArray, requireNumber, requireObject, requireOneOf, requireText, resolveAccountConfiguration, reviewSchedule, reviewSettingsFor, reviewStartIssue, roundToTenth, shareReadiness, shortFingerprint, stakeholderIssues, versionChanges };
