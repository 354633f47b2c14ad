"use strict";
// The Apex controller contract (src/core/api.ts ApexContract) implemented over the in-memory store. Every rule
// is src/core's: the lifecycle (applyAction, saves included), the fingerprint (planFingerprint) and the scores.

const crypto = require("node:crypto");
const path = require("node:path");
const { ApexError } = require("./apexError");
const { createConfigurationConsole } = require("./configurationConsole");
const { createSelectionControllers } = require("./selection");
const { createRadarControllers } = require("./radar");
const { createPortfolioControllers } = require("./portfolio");
const { readLabelCatalog } = require("../build/labels");
const { previewActor, previewPermissions, PREVIEW_USER, PREVIEW_USER_NAME } = require("./actor");
const { accountCountryCode, contactName, picklistDefault } = require("./mapping");
const { createCollaborationControllers } = require("./collaboration");
const { stakeholderMap, saveStakeholder } = require("./stakeholderMap");

/** The user's Salesforce language (en_US unless the page asked for another with ?lang=). */
const userLanguage = (context) => (context && context.language) || "en_US";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// System-owned fields (read-only for every user): taken from the stored plan, never from the client.
const SERVER_OWNED_PLAN_FIELDS = [
  "id",
  "accountId",
  "accountName",
  "status",
  "version",
  // Not "revision": the edited plan's revision is the one its page read, compared with the stored one.
  "contentHash",
  "sharedOn",
  "agreedOn",
  "reopenReason",
  "signatures",
  "reviews"
];

function requireText(params, name) {
  const value = params && params[name];
  if (typeof value !== "string" || value.trim() === "") {
    throw new ApexError("INVALID_INPUT", `Parameter ${name} is required (a non-empty string).`);
  }
  return value;
}

function parseJson(text, name) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApexError("INVALID_INPUT", `Parameter ${name} is not valid JSON: ${error.message}`);
  }
}

function requireAccount(store, accountId) {
  const account = store.accounts.get(accountId);
  if (!account)
    throw new ApexError("ACCOUNT_NOT_FOUND", `No account with Id ${accountId}, or you cannot see it.`, { status: 404 });
  return account;
}

function requirePlan(store, planId) {
  const plan = store.plans.get(planId);
  if (!plan) throw new ApexError("PLAN_NOT_FOUND", `No plan with Id ${planId}, or you cannot see it.`, { status: 404 });
  return plan;
}

function accountSummary(account) {
  return {
    id: account.Id,
    name: account.Name,
    countryCode: accountCountryCode(account),
    priorityScore: account.Kam_Priority_Score__c ?? null,
    tier: account.Kam_Tier__c ?? null,
    collaborationIndex: account.Kam_Collaboration_Index__c ?? null
  };
}

const plansOf = (store, accountId) =>
  [...store.plans.values()]
    .filter((p) => p.accountId === accountId)
    .sort((a, b) => (a.periodStart < b.periodStart ? 1 : -1));

/** An account's plans, newest period first, as PlanSummaryDto (otherPlans; the shell's record picker). */
const planSummariesOf = (store, accountId) =>
  plansOf(store, accountId).map((plan) => ({
    id: plan.id,
    status: plan.status,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    version: plan.version
  }));

/** Gives Ids to records the client added (as insert does), keeping those that already have one. */
function assignChildIds(store, plan) {
  const withId = (record, type) => (record.id ? record : { ...record, id: store.newId(type) });
  return {
    ...plan,
    needs: plan.needs.map((n) => withId(n, "Customer_Need__c")),
    initiatives: plan.initiatives.map((i) => ({
      ...withId(i, "Plan_Initiative__c"),
      commitments: i.commitments.map((c) => withId(c, "Plan_Commitment__c"))
    })),
    signatures: plan.signatures.map((s) => withId(s, "Plan_Signature__c")),
    reviews: plan.reviews.map((r) => withId(r, "Plan_Review__c"))
  };
}

let labelCatalog;
/** The project's custom labels and their translations, read once (as the org holds them). */
/**
 * The org renders the Visualforce document as PDF; the preview has no Visualforce, so it keeps the plan as the
 * document's content, with the choice of the changes since the customer's version (true, false, null: the default),
 * and returns a ContentDocument Id (key prefix 069), as the org's file would have.
 */
function saveDocumentFile(store, params) {
  const plan = requirePlan(store, requireText(params, "planId"));
  const documentId = store.newId("ContentDocument");
  store.files.set(documentId, {
    title: `${plan.accountName} v${plan.version} (${plan.periodStart})`,
    planId: plan.id,
    includeChanges: typeof params.includeChanges === "boolean" ? params.includeChanges : null,
    content: JSON.stringify(plan)
  });
  return documentId;
}

function catalog() {
  if (!labelCatalog) labelCatalog = readLabelCatalog(path.resolve(__dirname, "../.."));
  return labelCatalog;
}

const DOCUMENT_LABELS_PER_CALL = 200;
const LABEL_NAME = /^Accord_[A-Za-z0-9_]{1,70}$/;

/**
 * System.Label.get(namespace, name, language) over the translation files: the label in that language, or the
 * default language's text where it has no translation (as the platform falls back).
 */
function documentLabels(language, names, languages) {
  const { en, translations } = catalog();
  const fill = (label, value) => label.replace("{0}", value);
  if (!languages.includes(language)) {
    throw new ApexError("INVALID_VALUE", fill(en.Accord_Error_DocumentLanguage, language));
  }
  const list = Array.isArray(names) ? names : [];
  const labels = {};
  for (const name of list) {
    if (list.length > DOCUMENT_LABELS_PER_CALL || typeof name !== "string" || !LABEL_NAME.test(name) || !(name in en)) {
      throw new ApexError("INVALID_VALUE", fill(en.Accord_Error_DocumentLabelName, name));
    }
    labels[name] = (translations[language] || {})[name] ?? en[name];
  }
  return labels;
}

/** A label in the user's language (System.Label in the org), the default language's text where none. */
function labelIn(language, name) {
  const { en, translations } = catalog();
  const lang = (language || "en_US").replace(/_US$/, "");
  return (translations[lang] || {})[name] ?? en[name];
}

let staleRevisionLabel;
/** The org's message for STALE_REVISION (custom label Accord_Error_STALE_REVISION, English as the preview user reads it). */
function staleRevisionText() {
  if (staleRevisionLabel === undefined) {
    const { en } = readLabelCatalog(path.resolve(__dirname, "../.."));
    staleRevisionLabel = en.Accord_Error_STALE_REVISION || null;
  }
  return staleRevisionLabel;
}

/** A date-time as Apex Datetime.format() shows it to an en_US user (the preview's user is in UTC). */
function formatDateTime(iso) {
  return new Date(iso).toLocaleString("en-US", { timeZone: "UTC", dateStyle: "short", timeStyle: "short" });
}

/**
 * The lost-update check, as AccordPlanService.requireRevision does it on the locked plan: a write must carry the
 * revision its page read, and that must be the stored one; otherwise STALE_REVISION naming who wrote the plan last
 * and when (the body carries no plan: the workspace reloads it). A missing revision is stale too.
 */
function requireRevision(plan, revisionRead, lastWrite) {
  if (Number.isInteger(revisionRead) && revisionRead === (plan.revision ?? 0)) return;
  const label = staleRevisionText();
  const message = label
    ? label.replace("{0}", lastWrite.by).replace("{1}", formatDateTime(lastWrite.at))
    : `${lastWrite.by} changed this plan at ${formatDateTime(lastWrite.at)}: reload it, then make your change again.`;
  throw new ApexError("STALE_REVISION", message, { recordKey: plan.id });
}

function lifecycleRejection(reason) {
  return new ApexError(reason.code, reason.message, { recordKey: reason.recordKey });
}

/**
 * The controller's request (src/core/api.ts PlanActionRequest) → the core's action: a drawn signature is stored
 * as a file on the plan and its SHA-256 becomes the evidence hash (Crypto.generateDigest in Apex); the signer's
 * name is the signing contact's (Customer) or the user's (Company).
 */
function toCoreAction(core, store, plan, request) {
  if (request.type !== "sign") return request;
  const { drawnSignaturePng, ...sign } = request;
  let evidenceHash = null;
  if (typeof drawnSignaturePng === "string" && drawnSignaturePng !== "") {
    const bytes = Buffer.from(drawnSignaturePng.replace(/^data:image\/png;base64,/, ""), "base64");
    if (bytes.length === 0) throw new ApexError("INVALID_INPUT", "drawnSignaturePng is not base64 PNG data.");
    evidenceHash = crypto.createHash("sha256").update(bytes).digest("hex");
    store.files.set(`${plan.id}:${evidenceHash}`, bytes);
  }
  const contact = sign.signerContactId ? store.contacts.get(sign.signerContactId) : null;
  const signerName = sign.party === "Customer" ? nameInPlanOrder(core, contact, plan) : PREVIEW_USER.userName;
  return { ...sign, signerName, evidenceHash };
}

/** A contact's name as the plan's language orders it (family name first in ja, ko, zh): the server's snapshot. */
function nameInPlanOrder(core, contact, plan) {
  if (!contact) return contactName(contact);
  return core.personName({ firstName: contact.FirstName, lastName: contact.LastName }, planLanguageOf(core, plan));
}

function planLanguageOf(core, plan) {
  return plan.planLanguage || picklistDefault(core, "Customer_Account_Plan__c.Plan_Language__c");
}

/**
 * Raised_By_Name__c is the server's snapshot of the raised-by contact (AccordSignedContent in the org): taken when
 * the contact is linked or changes, kept while it stays, never the client's text.
 */
function snapshotRaisedBy(core, store, before, edited) {
  const previous = new Map((before.needs || []).map((need) => [need.key, need]));
  return {
    ...edited,
    needs: (edited.needs || []).map((need) => {
      const old = previous.get(need.key);
      if (!need.raisedById) return { ...need, raisedByName: null };
      if (old && old.raisedById === need.raisedById) return { ...need, raisedByName: old.raisedByName };
      return { ...need, raisedByName: nameInPlanOrder(core, store.contacts.get(need.raisedById), edited) };
    })
  };
}

/**
 * @param {{ getCore: () => import("./core").Core, getConfigCore?: () => import("./core").ConfigCore, store: () => any,
 *   now?: () => string }} options
 */
function createControllers({ getCore, getConfigCore, store: getStore, now = () => new Date().toISOString() }) {
  const core = () => getCore();
  const store = () => getStore();

  /** Who wrote a plan last and when (the org's LastModifiedBy and LastModifiedDate); seeded plans: the seed. */
  const lastWrites = new WeakMap();
  function lastWriteOf(plan) {
    const writes = lastWrites.get(store()) || new Map();
    return writes.get(plan.id) || { by: PREVIEW_USER.userName, at: store().seededAt || now() };
  }
  function recordWrite(plan) {
    if (!lastWrites.has(store())) lastWrites.set(store(), new Map());
    lastWrites.get(store()).set(plan.id, { by: PREVIEW_USER.userName, at: now() });
  }
  function storePlan(plan) {
    store().plans.set(plan.id, plan);
    recordWrite(plan);
    return plan;
  }

  /**
   * Shared versions (the org's Plan_Version__c), per store: kept by the same rule as the org's derivation
   * (keepsSharedVersion), once per version and hash. A seeded plan that was shared starts with its current content
   * as its one version (the sample data has no history).
   */
  const versionsByStore = new WeakMap();
  function versionsOf(plan) {
    if (!versionsByStore.has(store())) versionsByStore.set(store(), new Map());
    const versions = versionsByStore.get(store());
    if (!versions.has(plan.id)) {
      const seeded = plan.status !== "Draft" && plan.contentHash ? [versionRecord(plan, plan.sharedOn || now())] : [];
      versions.set(plan.id, seeded);
    }
    return versions.get(plan.id);
  }
  function versionRecord(plan, sharedAt) {
    return {
      version: plan.version,
      contentHash: plan.contentHash,
      canonicalText: core().canonicalPlanText(plan),
      sharedAt
    };
  }
  function keepVersion(before, after) {
    const versions = versionsOf(before);
    if (!core().keepsSharedVersion(before, after)) return;
    if (versions.some((v) => v.version === after.version && v.contentHash === after.contentHash)) return;
    versions.push(versionRecord(after, now()));
  }

  /**
   * One lifecycle step decided by src/core's applyAction (which also compares the revision read and returns
   * revision + 1); a rejection reaches the component with its code and record key.
   */
  function runAction(before, action, revisionRead) {
    requireRevision(before, revisionRead, lastWriteOf(before));
    // The user named in the plan language's order (the company signer snapshot), as AccordActor.forPlan does.
    const userName = core().personName(PREVIEW_USER_NAME, planLanguageOf(core(), before));
    const result = core().applyAction(before, action, { ...previewActor(store(), before.accountId), userName }, now());
    if (!result.ok) throw lifecycleRejection(result.reason);
    keepVersion(before, result.plan);
    return storePlan(assignChildIds(store(), result.plan));
  }

  /**
   * The 12-month review starts no earlier than the plan's country allows (Review_Earliest_Months__c after
   * agreement, default 9): REVIEW_TOO_EARLY with the first allowed date, as AccordReviewSchedule.requireStartAllowed.
   */
  function requireReviewAllowed(plan, language) {
    const settings = core().reviewSettingsFor(store().config, plan.countryCode);
    const refusal = core().reviewStartIssue(plan, settings, now());
    if (!refusal) return;
    const earliest = String(refusal.params && refusal.params.earliestDate);
    throw new ApexError(
      "REVIEW_TOO_EARLY",
      labelIn(language, "Accord_Error_REVIEW_TOO_EARLY").replace("{0}", earliest)
    );
  }

  /** The workspace around one plan (or none): the account, that plan, the account's other plans. */
  function workspaceOf(account, plan) {
    return {
      account: accountSummary(account),
      plan,
      otherPlans: planSummariesOf(store(), account.Id).filter((other) => !plan || other.id !== plan.id),
      stakeholders: store().stakeholders.filter((s) => s.accountId === account.Id),
      permissions: previewPermissions()
    };
  }

  return {
    "AccordPlanController.getWorkspace"(params) {
      const account = requireAccount(store(), requireText(params, "accountId"));
      const [current] = plansOf(store(), account.Id);
      return workspaceOf(account, current || null);
    },

    "AccordPlanController.getPlanWorkspace"(params) {
      const plan = requirePlan(store(), requireText(params, "planId"));
      return workspaceOf(requireAccount(store(), plan.accountId), plan);
    },

    "AccordPlanController.createPlan"(params) {
      const account = requireAccount(store(), requireText(params, "accountId"));
      const periodStart = requireText(params, "periodStart");
      if (!ISO_DATE.test(periodStart) || Number.isNaN(Date.parse(periodStart))) {
        throw new ApexError("INVALID_INPUT", `periodStart must be a date as YYYY-MM-DD, got "${periodStart}".`);
      }
      if (plansOf(store(), account.Id).some((p) => p.periodStart === periodStart)) {
        throw new ApexError("DUPLICATE_PLAN", `${account.Name} already has a plan starting ${periodStart}.`);
      }
      /** @type {import("../../src/core/index").PlanDto} */
      const draft = {
        ...core().newPlanDraft({
          accountId: account.Id,
          accountName: account.Name,
          periodStart,
          planLanguage: requireText(params, "planLanguage"),
          countryCode: accountCountryCode(account)
        }),
        id: store().newId("Customer_Account_Plan__c"),
        status: picklistDefault(core(), "Customer_Account_Plan__c.Status__c"),
        // Inserted and derived once, as in the org: the page that created it has read revision 1.
        revision: 1
      };
      const plan = { ...draft, contentHash: core().planFingerprint(draft) };
      return storePlan(plan);
    },

    "AccordPlanController.savePlan"(params) {
      const incoming = parseJson(requireText(params, "planJson"), "planJson");
      if (!incoming || typeof incoming.id !== "string") {
        throw new ApexError(
          "INVALID_INPUT",
          "planJson must be a plan with the id of a saved plan (create it with createPlan first)."
        );
      }
      const before = requirePlan(store(), incoming.id);
      const edited = { ...incoming };
      for (const field of SERVER_OWNED_PLAN_FIELDS) edited[field] = before[field];
      const snapshot = snapshotRaisedBy(core(), store(), before, edited);
      return runAction(before, { type: "save", plan: snapshot }, incoming.revision);
    },

    /** @param {{ language?: string }} [context] the user's language (the refusal's label is in it, as in the org) */
    "AccordPlanController.performAction"(params, context) {
      const before = requirePlan(store(), requireText(params, "planId"));
      const request = parseJson(requireText(params, "actionJson"), "actionJson");
      if (!request || typeof request.type !== "string") {
        throw new ApexError(
          "INVALID_INPUT",
          'actionJson must be an object with a "type" (share, pullBack, sign, reopen, startReview, close).'
        );
      }
      if (request.type === "save")
        throw new ApexError("INVALID_INPUT", "Save a plan with savePlan, not performAction.");
      if (request.type === "startReview") {
        // As AccordPlanService: the revision first, then the day the country allows, then the lifecycle.
        requireRevision(before, request.revision, lastWriteOf(before));
        requireReviewAllowed(before, userLanguage(context));
      }
      return runAction(before, toCoreAction(core(), store(), before, request), request.revision);
    },

    "AccordPlanController.createNextPlan"(params) {
      const closed = requirePlan(store(), requireText(params, "planId"));
      // The carry-over dialog's choice; none carries the deferred needs and open commitments.
      const selection = params.selectionJson ? parseJson(params.selectionJson, "selectionJson") : null;
      const draft = core().nextPlanDraft(closed, selection);
      if (plansOf(store(), closed.accountId).some((p) => p.periodStart === draft.periodStart)) {
        throw new ApexError(
          "DUPLICATE_PLAN",
          `${closed.accountName} already has a plan starting ${draft.periodStart}.`
        );
      }
      const plan = assignChildIds(store(), { ...draft, id: store().newId("Customer_Account_Plan__c"), revision: 1 });
      return storePlan(plan);
    },

    /** The default choice of the changes since the customer's version (saveDocumentFile). */
    "AccordPlanDocumentController.saveAsFile"(params) {
      return saveDocumentFile(store(), { planId: params && params.planId, includeChanges: null });
    },

    /** As the org: the screen's choice of the changes since the customer's version is kept with the file. */
    "AccordPlanDocumentController.saveAsFileWith"(params) {
      return saveDocumentFile(store(), params);
    },

    "AccordPlanVersionController.getVersions"(params) {
      const plan = requirePlan(store(), requireText(params, "planId"));
      return versionsOf(plan).map((version) => ({ ...version }));
    },

    "AccordPlanDocumentController.getDocumentLabels"(params) {
      return documentLabels(params.language, params.names, getCore().LANGUAGES);
    },

    /** The drawings stored at signing (store.files, by plan and evidence hash) as data URLs, as the org gives file URLs. */
    "AccordPlanDocumentController.getSignatureImages"(params) {
      const plan = requirePlan(store(), requireText(params, "planId"));
      /** @type {Record<string, string>} */
      const images = {};
      for (const signature of plan.signatures || []) {
        if (signature.superseded || signature.planVersion !== plan.version || signature.method !== "In meeting")
          continue;
        const bytes = store().files.get(`${plan.id}:${signature.evidenceHash}`);
        if (Buffer.isBuffer(bytes)) {
          images[`${signature.party}-${signature.planVersion}`] = `data:image/png;base64,${bytes.toString("base64")}`;
        }
      }
      return images;
    },

    "AccordStakeholderController.getStakeholders"(params) {
      const account = requireAccount(store(), requireText(params, "accountId"));
      return store().stakeholders.filter((s) => s.accountId === account.Id);
    },

    /** @param {{ language?: string }} [context] the user's language (the page's ?lang=, as UserInfo in the org) */
    "AccordStakeholderController.getStakeholderMap"(params, context) {
      const account = requireAccount(store(), requireText(params, "accountId"));
      return stakeholderMap(core(), store(), account, userLanguage(context));
    },

    /** @param {{ language?: string }} [context] */
    "AccordStakeholderController.saveStakeholder"(params, context) {
      const change = parseJson(requireText(params, "stakeholderJson"), "stakeholderJson");
      const account = requireAccount(store(), change && change.accountId);
      saveStakeholder(core(), store(), account, change, userLanguage(context));
      return stakeholderMap(core(), store(), account, userLanguage(context));
    },

    ...createCollaborationControllers({ getCore, store, now, requireAccount, requirePlan }),

    "AccordPriorityController.getSelectionRatings"(params) {
      const account = requireAccount(store(), requireText(params, "accountId"));
      return store().selectionRatings.get(account.Id) || [];
    },

    "AccordConfigurationController.getConfiguration"() {
      return store().config;
    },

    // The configuration console over the in-memory metadata store (preview/server/configurationConsole.js).
    ...(getConfigCore ? createConfigurationConsole({ getConfigCore, store: getStore }) : {}),
    ...createSelectionControllers({ getCore, store: getStore }),
    ...createRadarControllers({ store: getStore }),
    ...createPortfolioControllers({ getCore, store: getStore, now })
  };
}

module.exports = { createControllers, accountSummary, planSummariesOf };
