/**
 * `accord signatures audit`: proves that every signed plan still matches its signatures. One REST query with
 * relationship subqueries reads each plan with its needs, initiatives, commitments and signatures (paged 2,000
 * plans at a time by the server); src/core rebuilds the canonical content and its fingerprint.
 */
import { stringList, stringOption, type Command } from "../command";
import { CliError, EXIT } from "../org/errors";
import { auditPlan, type Mismatch } from "../plans/audit";
import { planFromRecord, planSoql } from "../plans/planRecords";
import { PLAN_STATUSES } from "../../src/core/values";

/** Statuses whose content both parties signed. */
export const SIGNED_STATUSES = ["Agreed", "Under Review", "Closed"] as const;

function statusesFrom(requested: string[]): string[] {
  if (requested.length === 0) return [...SIGNED_STATUSES];
  for (const status of requested) {
    if (!(SIGNED_STATUSES as readonly string[]).includes(status)) {
      const known = (PLAN_STATUSES as readonly string[]).includes(status);
      throw new CliError(
        `--status ${status}: ${known ? "plans in this status are not signed" : "unknown status"}; ` +
          `use ${SIGNED_STATUSES.map((s) => `"${s}"`).join(", ")}.`,
        EXIT.USAGE,
        "BAD_STATUS"
      );
    }
  }
  return requested;
}

export const signaturesAudit: Command = {
  words: ["signatures", "audit"],
  summary: "check that every signed plan's content still matches its stored hash and both signatures",
  details: [
    "For every plan in Agreed, Under Review or Closed, rebuilds the canonical content from its records with " +
      "src/core (the fingerprint the components and Apex compute), and compares it with the plan's Content_Hash__c " +
      "and with the hash each party (Company, Customer) signed for the current version.",
    "Reports every mismatch with plan, account, version and party: STORED_HASH_DIFFERS, SIGNATURE_HASH_DIFFERS, " +
      "SIGNATURE_MISSING, CONTENT_UNREADABLE. Exit code 1 when there is any.",
    "Reads with one query (relationship subqueries) per 2,000 plans: the API calls are counted in the summary. " +
      "Needs read access to the plan objects (Accord_Plan_Manager or Accord_Admin)."
  ],
  options: {
    status: {
      type: "string",
      multiple: true,
      value: "<status>",
      description: "only plans in this status (Agreed, Under Review, Closed; default: all three)"
    },
    country: { type: "string", value: "<code>", description: "only plans of this country code (e.g. DE)" }
  },
  examples: [
    "npx accord signatures audit --target-org prod",
    "npx accord signatures audit --status Agreed --country DE --json > audit.json"
  ],
  async run({ values, out, connect }) {
    const statuses = statusesFrom(stringList(values, "status"));
    const country = stringOption(values, "country") ?? null;
    const started = Date.now();
    const client = await connect();
    const mismatches: Mismatch[] = [];
    const byStatus: Record<string, number> = {};
    let audited = 0;
    let progress = null as ReturnType<typeof out.progress> | null;
    for await (const page of client.queryPages<Record<string, unknown>>(planSoql(statuses, country), "Reading plans")) {
      progress ??= out.progress("Auditing plans", page.totalSize, "plans");
      for (const record of page.records) {
        const plan = planFromRecord(record);
        mismatches.push(...auditPlan(plan).mismatches);
        byStatus[plan.status] = (byStatus[plan.status] ?? 0) + 1;
        audited++;
      }
      progress.increment(page.records.length);
    }
    progress?.stop();
    const seconds = (Date.now() - started) / 1000;
    const plansWithMismatch = new Set(mismatches.map((m) => m.planId)).size;
    out.document({
      command: "signatures audit",
      status: mismatches.length > 0 ? "findings" : "ok",
      plans: audited,
      byStatus,
      plansWithMismatch,
      mismatches,
      apiCalls: client.calls,
      seconds
    });
    for (const m of mismatches) {
      out.line(
        `MISMATCH  ${m.planId}  ${m.accountName} (${m.status}, version ${m.version})  ${m.party}  ${m.kind}: ${m.message}`
      );
    }
    const counts = Object.entries(byStatus)
      .map(([status, n]) => `${status} ${n}`)
      .join(", ");
    out.line(
      `Audited ${audited} plan(s)${counts ? ` (${counts})` : ""} with ${client.calls} API call(s) in ${seconds.toFixed(1)} s: ` +
        (mismatches.length === 0
          ? "every stored hash and signature matches its content."
          : `${mismatches.length} mismatch(es) on ${plansWithMismatch} plan(s).`)
    );
    return mismatches.length > 0 ? EXIT.FINDINGS : EXIT.OK;
  }
};
