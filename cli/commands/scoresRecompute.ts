/**
 * `accord scores recompute`: starts AccordRecomputeBatch (as the Apex console does: AccordRecomputeBatch.enqueue(),
 * which checks Accord_Configure and refuses a second run) through the Tooling API's executeAnonymous, then
 * follows its batch jobs (one per phase, each started by the previous one's finish) until the run's summary
 * entry RECOMPUTE_FINISHED is logged, showing batches processed; accounts that failed are listed from Accord_Log__c.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { stringOption, type Command } from "../command";
import type { OrgClient } from "../org/client";
import { CliError, EXIT } from "../org/errors";
import { quote } from "../plans/planRecords";

/** AccordRecomputeBatch.class.getName() and AccordRecomputeBatch.SOURCE. */
export const RECOMPUTE_CLASS = "AccordRecomputeBatch";
const FINISHED = "RECOMPUTE_FINISHED";
const ACTIVE = ["Holding", "Queued", "Preparing", "Processing"];

/** https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_executeanonymousresult.htm */
interface ExecuteAnonymousResult {
  compiled: boolean;
  success: boolean;
  compileProblem: string | null;
  exceptionMessage: string | null;
}

interface Job {
  Id: string;
  Status: string;
  JobItemsProcessed: number;
  TotalJobItems: number;
  NumberOfErrors: number;
  ExtendedStatus: string | null;
}

interface LogEntry {
  Id: string;
  Code__c: string;
  Message__c: string | null;
  Record_Id__c: string | null;
}

function numberOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new CliError(`--${name} must be a positive number (got ${value}).`, EXIT.USAGE);
  return n;
}

async function ids(client: OrgClient, soql: string, what: string): Promise<Set<string>> {
  return new Set((await client.queryAll<{ Id: string }>(soql, what)).map((r) => r.Id));
}

const JOBS = `FROM AsyncApexJob WHERE ApexClass.Name = ${quote(RECOMPUTE_CLASS)} AND JobType = 'BatchApex'`;
const LOGS = `FROM Accord_Log__c WHERE Source__c = ${quote(RECOMPUTE_CLASS)}`;

export async function startRecompute(client: OrgClient): Promise<void> {
  const body = encodeURIComponent("AccordRecomputeBatch.enqueue();");
  const result = await client.get<ExecuteAnonymousResult>(
    client.dataPath(`/tooling/executeAnonymous/?anonymousBody=${body}`),
    "Starting the recompute"
  );
  if (!result.compiled) {
    throw new CliError(
      `The org does not know AccordRecomputeBatch (${result.compileProblem}): deploy the Accord package first.`,
      EXIT.ORG,
      "NOT_DEPLOYED"
    );
  }
  if (!result.success) {
    throw new CliError(
      `The org refused to start the recompute: ${result.exceptionMessage} ` +
        "(starting needs the Accord_Configure custom permission, e.g. the Accord_Admin permission set; one run at a time).",
      EXIT.ORG,
      "NOT_STARTED"
    );
  }
}

export const scoresRecompute: Command = {
  words: ["scores", "recompute"],
  summary: "recompute every account's stored scores now and follow the job to the end",
  details: [
    "Starts the recompute batch (AccordRecomputeBatch.enqueue(): needs Accord_Configure, refuses a second run) " +
      "and follows its jobs (one per phase) with a progress bar until the run's summary is logged. Use it after " +
      "a data load made with the trigger bypass, or after a configuration change.",
    "Exit code 1 when some accounts failed (listed from Accord_Log__c), 4 when a job failed or the org refused."
  ],
  options: {
    interval: { type: "string", value: "<seconds>", description: "seconds between status checks (default 5)" },
    wait: { type: "string", value: "<minutes>", description: "give up following after this long (default 60)" }
  },
  examples: ["npx accord scores recompute --target-org prod", "npx accord scores recompute -o uat --json"],
  async run({ values, out, connect }) {
    const intervalMs = numberOption(stringOption(values, "interval"), "interval", 5) * 1000;
    const deadline = Date.now() + numberOption(stringOption(values, "wait"), "wait", 60) * 60_000;
    const client = await connect();
    const jobsBefore = await ids(client, `SELECT Id ${JOBS}`, "Reading earlier recompute jobs");
    const logsBefore = await ids(client, `SELECT Id ${LOGS}`, "Reading earlier recompute logs");
    await startRecompute(client);
    out.note("Recompute started; following its jobs…");
    const progress = out.progress("Recomputing", 1, "batches");
    let jobs: Job[] = [];
    let finished: LogEntry | null = null;
    let failures: LogEntry[] = [];
    for (;;) {
      jobs = (
        await client.queryAll<Job & Record<string, unknown>>(
          `SELECT Id, Status, JobItemsProcessed, TotalJobItems, NumberOfErrors, ExtendedStatus ${JOBS} ORDER BY CreatedDate`,
          "Following the recompute"
        )
      ).filter((j) => !jobsBefore.has(j.Id));
      progress.setTotal(
        Math.max(
          1,
          jobs.reduce((s, j) => s + (j.TotalJobItems ?? 0), 0)
        )
      );
      const broken = jobs.find((j) => j.Status === "Failed" || j.Status === "Aborted");
      if (broken) {
        progress.stop();
        throw new CliError(
          `A recompute job ${broken.Status.toLowerCase()} (${broken.Id}): ${broken.ExtendedStatus ?? "no detail"}. ` +
            "Scores of the accounts not reached are unchanged; run the command again after fixing the cause.",
          EXIT.ORG,
          "JOB_FAILED"
        );
      }
      const logs = (
        await client.queryAll<LogEntry & Record<string, unknown>>(
          `SELECT Id, Code__c, Message__c, Record_Id__c ${LOGS}`,
          "Reading the recompute log"
        )
      ).filter((l) => !logsBefore.has(l.Id));
      finished = logs.find((l) => l.Code__c === FINISHED) ?? null;
      failures = logs.filter((l) => l.Code__c !== FINISHED);
      progress.update(jobs.reduce((s, j) => s + (j.JobItemsProcessed ?? 0), 0));
      if (finished && !jobs.some((j) => ACTIVE.includes(j.Status))) break;
      if (Date.now() > deadline) {
        progress.stop();
        throw new CliError(
          "The recompute is still running; it continues in the org. Check it later in Setup > Apex Jobs.",
          EXIT.ORG,
          "STILL_RUNNING"
        );
      }
      await sleep(intervalMs);
    }
    progress.stop();
    out.document({
      command: "scores recompute",
      status: failures.length > 0 ? "findings" : "ok",
      jobs: jobs.map((j) => ({ id: j.Id, status: j.Status, batches: j.TotalJobItems, errors: j.NumberOfErrors })),
      summary: finished.Message__c,
      failures: failures.map((f) => ({ accountId: f.Record_Id__c, code: f.Code__c, message: f.Message__c })),
      apiCalls: client.calls
    });
    for (const f of failures) out.line(`FAILED  ${f.Record_Id__c ?? "-"}  ${f.Code__c}: ${f.Message__c ?? ""}`);
    out.line(
      `Recompute finished in ${jobs.length} job(s): ${finished.Message__c ?? "done"} (${client.calls} API calls).`
    );
    return failures.length > 0 ? EXIT.FINDINGS : EXIT.OK;
  }
};
