"use strict";
// The configuration console's controller (AccordConfigurationAdminController in src/core/api.ts) over an in-memory
// metadata store that follows the org's rules: the records are the project's custom metadata (packaged + starter),
// a save is checked whole with src/core's checkConfigurationRecords (any issue refuses with INVALID_CONFIGURATION,
// nothing changes), only changed records are "deployed", and a deployment stays Queued until the console first asks
// for its status, then is applied (as the platform's callback would report it) and the configuration every other
// controller reads (store.config) is rebuilt from the records. The recompute job and its schedule are simulated.

const path = require("node:path");
const { ApexError } = require("./apexError");
const { readConfigurationRecords } = require("./configuration");
const { previewPermissions } = require("./actor");
const { readLabelCatalog } = require("../build/labels");

const ROOT = path.resolve(__dirname, "../..");
const WHOLE_NUMBER = /^-?\d+(\.0*)?$/;

let labelCatalog = null;

/** A label in the user's language (the translation, else English), placeholders filled. */
function label(name, context, ...values) {
  if (!labelCatalog) labelCatalog = readLabelCatalog(ROOT);
  const language = ((context && context.language) || "en_US").replace(/^en_US$/, "en");
  const text = (labelCatalog.translations[language] || {})[name] ?? labelCatalog.en[name] ?? name;
  return text.replace(/\{(\d+)\}/g, (match, i) => (values[i] === undefined ? match : String(values[i])));
}

const fullName = (r) => `${r.type}.${r.developerName}`.toLowerCase();
const normalized = (value) => {
  const text = value === null || value === undefined ? "" : String(value).trim();
  return WHOLE_NUMBER.test(text) ? String(Number(text)) : text;
};

function sameRecord(configCore, edit, current) {
  if (!current || normalized(edit.label) !== normalized(current.label)) return false;
  const type = configCore.CONFIGURATION_TYPES.find((t) => t.name === edit.type);
  return (type ? type.fields : []).every((f) => normalized(edit.values[f.name]) === normalized(current.values[f.name]));
}

/** The next 02:00 (the nightly cron '0 0 2 * * ?'), as an ISO date-time. */
function nextNightlyRun(now) {
  const next = new Date(now);
  next.setHours(2, 0, 0, 0);
  if (next <= now) next.setDate(next.getDate() + 1);
  return next.toISOString();
}

/**
 * @param {{ getConfigCore: () => import("./core").ConfigCore, store: () => any, now?: () => Date }} options
 */
function createConfigurationConsole({ getConfigCore, store, now = () => new Date() }) {
  /** The metadata store lives on the seeded store, so a reset of the preview resets it too. */
  function metadata() {
    const s = store();
    if (!s.metadata) {
      s.metadata = {
        records: readConfigurationRecords(getConfigCore()),
        deployments: new Map(),
        recompute: { running: false, lastStatus: null, lastCompletedOn: null, nightlyScheduled: false, nextRunOn: null }
      };
    }
    return s.metadata;
  }

  function requireConfigure(context) {
    if (!previewPermissions().canConfigure) {
      throw new ApexError("NOT_PERMITTED", label("Accord_Error_MissingPermission", context, "Accord_Configure"), {
        status: 403
      });
    }
  }

  function parseEdits(params, context) {
    let edits;
    try {
      edits = JSON.parse(params && params.recordsJson);
    } catch (error) {
      throw new ApexError("INVALID_JSON", label("Accord_Error_InvalidJson", context, error.message));
    }
    const valid = (e) =>
      e &&
      typeof e === "object" &&
      typeof e.type === "string" &&
      typeof e.developerName === "string" &&
      typeof e.label === "string" &&
      e.values !== null &&
      typeof e.values === "object";
    if (!Array.isArray(edits) || !edits.every(valid)) {
      throw new ApexError("INVALID_JSON", label("Accord_Error_InvalidJson", context, "recordsJson"));
    }
    return edits;
  }

  return {
    "AccordConfigurationAdminController.getConfigurationRecords"(_params, context) {
      requireConfigure(context);
      return metadata().records;
    },

    "AccordConfigurationAdminController.deployConfiguration"(params, context) {
      requireConfigure(context);
      const core = getConfigCore();
      const state = metadata();
      const deployed = new Map(state.records.map((r) => [fullName(r), r]));
      // As the org's deployment: a field an edit does not name keeps its deployed value.
      const edits = parseEdits(params, context).map((e) => {
        const current = deployed.get(fullName(e));
        return current ? { ...e, values: { ...current.values, ...e.values } } : e;
      });
      const edited = new Set(edits.map(fullName));
      const merged = [...state.records.filter((r) => !edited.has(fullName(r))), ...edits];
      const issues = core.checkConfigurationRecords(merged);
      if (issues.length > 0) {
        const first = issues
          .slice(0, 5)
          .map((i) => i.message)
          .join(" ");
        throw new ApexError(
          "INVALID_CONFIGURATION",
          label("Accord_Error_INVALID_CONFIGURATION", context, issues.length, first),
          {
            recordKey: issues[0].developerName || undefined
          }
        );
      }
      const current = new Map(state.records.map((r) => [fullName(r), r]));
      const changed = edits.filter((e) => !sameRecord(core, e, current.get(fullName(e))));
      if (changed.length === 0)
        throw new ApexError("NOTHING_TO_DEPLOY", label("Accord_Error_NOTHING_TO_DEPLOY", context));
      const deploymentId = `0Af${String(state.deployments.size + 1).padStart(12, "0")}AAA`;
      state.deployments.set(deploymentId, { status: "Queued", records: changed });
      return { deploymentId, status: "Queued", errors: [], recordCount: changed.length };
    },

    "AccordConfigurationAdminController.getDeploymentStatus"(params, context) {
      requireConfigure(context);
      const deploymentId = params && params.deploymentId;
      const state = metadata();
      const deployment = state.deployments.get(deploymentId);
      if (!deployment) return { deploymentId, status: "Queued", errors: [], recordCount: null };
      if (deployment.status === "Queued") {
        // The platform has deployed by the first poll: apply the records and rebuild what every controller reads.
        const applied = new Set(deployment.records.map(fullName));
        state.records = [...state.records.filter((r) => !applied.has(fullName(r))), ...deployment.records];
        store().config = getConfigCore().recordsToConfiguration(state.records);
        deployment.status = "Succeeded";
      }
      return { deploymentId, status: deployment.status, errors: [], recordCount: null };
    },

    "AccordConfigurationAdminController.getRecomputeStatus"(_params, context) {
      requireConfigure(context);
      return metadata().recompute;
    },

    "AccordConfigurationAdminController.recomputeScoresNow"(_params, context) {
      requireConfigure(context);
      const state = metadata();
      if (state.recompute.running) {
        throw new ApexError("RECOMPUTE_ALREADY_RUNNING", label("Accord_Error_RecomputeRunning", context));
      }
      // The preview computes scores when it reads them: the run completes at once.
      state.recompute = { ...state.recompute, lastStatus: "Completed", lastCompletedOn: now().toISOString() };
      return state.recompute;
    },

    "AccordConfigurationAdminController.scheduleNightly"(_params, context) {
      requireConfigure(context);
      const state = metadata();
      if (state.recompute.nightlyScheduled) {
        throw new ApexError("ALREADY_SCHEDULED", label("Accord_Error_ALREADY_SCHEDULED", context));
      }
      state.recompute = { ...state.recompute, nightlyScheduled: true, nextRunOn: nextNightlyRun(now()) };
      return state.recompute;
    }
  };
}

module.exports = { createConfigurationConsole };
