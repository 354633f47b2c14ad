/**
 * `accord data import ratings|assessments <csv>`: loads selection ratings, or collaboration assessments with
 * their ratings, with Bulk API 2.0 upserts by the external key the org's triggers keep (so running it twice
 * updates instead of duplicating). The whole file is checked first — a bad header or value is reported with its
 * line and nothing is sent; rows the org refuses land in a CSV next to the input, with the server's message.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { stringOption, type Command } from "../command";
import { bulkUpsert, type CsvRecord } from "../org/bulk";
import type { OrgClient } from "../org/client";
import { CliError, EXIT } from "../org/errors";
import type { Output } from "../output";
import {
  checkDuplicateKeys,
  checkValues,
  readCsvInput,
  type CsvInput,
  type InputIssue,
  type InputRow
} from "../data/csvInput";
import {
  ASSESSMENT_RATINGS,
  ASSESSMENTS,
  IMPORT_KINDS,
  RATINGS,
  STAKEHOLDERS,
  type ColumnSpec,
  type ImportContext,
  type ImportKind,
  type Row
} from "../data/importKinds";
import { to18 } from "../data/recordIds";
import { formatCsv } from "../../src/core/config/csvText";

const SHOWN_ISSUES = 50;

interface FailedRow {
  line: number;
  error: string;
  values: Row;
}

interface Plan {
  kind: string;
  columns: ColumnSpec[];
  /** Checks across rows beyond each value's own rule. */
  rowIssues(file: string, input: CsvInput): InputIssue[];
  upload(client: OrgClient, input: CsvInput, options: UploadOptions): Promise<{ jobs: number; failed: FailedRow[] }>;
}

interface UploadOptions {
  interval: number;
  out: Output;
}

function present(columns: ColumnSpec[], header: string[]): string[] {
  return columns.map((c) => c.name).filter((name) => header.includes(name));
}

/** The org's refusals mapped back to input lines by the external key each failed row carries. */
function failedLines(failed: CsvRecord[], keyField: string, rowsByKey: Map<string, InputRow[]>): FailedRow[] {
  return failed.flatMap((record) =>
    (rowsByKey.get(record[keyField]) ?? []).map((row) => ({
      line: row.line,
      error: record.sf__Error,
      values: row.values
    }))
  );
}

function byKey(rows: InputRow[], keyOf: (row: Row) => string): Map<string, InputRow[]> {
  const map = new Map<string, InputRow[]>();
  for (const row of rows) {
    const key = keyOf(row.values);
    map.set(key, [...(map.get(key) ?? []), row]);
  }
  return map;
}

async function upsertKind(
  client: OrgClient,
  kind: ImportKind,
  rows: InputRow[],
  header: string[],
  extra: (row: Row) => Row,
  options: UploadOptions,
  wantSuccessful = false
) {
  const columns = [...header, kind.externalKey];
  const progress = options.out.progress(`Upserting ${kind.object}`, rows.length, "rows");
  try {
    return await bulkUpsert(client, {
      object: kind.object,
      externalIdFieldName: kind.externalKey,
      header: columns,
      rows: rows.map((r) => {
        const values = {
          ...r.values,
          ...extra(r.values),
          [kind.externalKey]: kind.key({ ...r.values, ...extra(r.values) })
        };
        return columns.map((c) => values[c] ?? "");
      }),
      interval: options.interval,
      progress,
      wantSuccessful
    });
  } finally {
    progress.stop();
  }
}

const RATINGS_PLAN: Plan = {
  kind: "ratings",
  columns: RATINGS.columns,
  rowIssues: (file, input) => checkDuplicateKeys(file, input.rows, RATINGS.key, "account and criterion"),
  async upload(client, input, options) {
    const header = present(RATINGS.columns, input.header);
    const result = await upsertKind(client, RATINGS, input.rows, header, () => ({}), options);
    return {
      jobs: result.jobIds.length,
      failed: failedLines(result.failed, RATINGS.externalKey, byKey(input.rows, RATINGS.key))
    };
  }
};

const ASSESSMENT_FIELDS = ASSESSMENTS.columns.map((c) => c.name);

const ASSESSMENTS_PLAN: Plan = {
  kind: "assessments",
  columns: [...ASSESSMENTS.columns, ...ASSESSMENT_RATINGS.columns],
  rowIssues(file, input) {
    const issues: InputIssue[] = [];
    for (const row of input.rows) {
      const problem = ASSESSMENTS.rowCheck?.(row.values);
      if (problem) issues.push({ file, line: row.line, column: null, message: problem });
    }
    if (issues.length > 0) return issues;
    issues.push(
      ...checkDuplicateKeys(
        file,
        input.rows,
        (r) => `${ASSESSMENTS.key(r)}|${r.Dimension__c}`,
        "respondent, period and dimension"
      )
    );
    // One assessment per respondent and period: its own values must agree on every row of it.
    for (const rows of byKey(input.rows, ASSESSMENTS.key).values()) {
      for (const row of rows.slice(1)) {
        const differing = ASSESSMENT_FIELDS.find((f) => (row.values[f] ?? "") !== (rows[0].values[f] ?? ""));
        if (differing) {
          issues.push({
            file,
            line: row.line,
            column: differing,
            message: `${differing} differs from line ${rows[0].line} of the same assessment (respondent and period)`
          });
        }
      }
    }
    return issues;
  },
  async upload(client, input, options) {
    const assessments = byKey(input.rows, ASSESSMENTS.key);
    const firstRows = [...assessments.values()].map((rows) => rows[0]);
    const header = present(ASSESSMENTS.columns, input.header);
    const parents = await upsertKind(client, ASSESSMENTS, firstRows, header, () => ({}), options, true);
    const failed = failedLines(parents.failed, ASSESSMENTS.externalKey, assessments);
    const ids = new Map(parents.successful.map((r) => [r[ASSESSMENTS.externalKey], r.sf__Id]));
    // A rating can only be stored under its assessment: rows of a refused assessment are not sent.
    const ratingRows = input.rows.filter((r) => ids.has(ASSESSMENTS.key(r.values)));
    const assessmentOf = (values: Row) => ({ Assessment__c: to18(ids.get(ASSESSMENTS.key(values)) ?? "") });
    const ratingHeader = ["Assessment__c", ...present(ASSESSMENT_RATINGS.columns, input.header)];
    let jobs = parents.jobIds.length;
    if (ratingRows.length > 0) {
      const ratings = await upsertKind(client, ASSESSMENT_RATINGS, ratingRows, ratingHeader, assessmentOf, options);
      jobs += ratings.jobIds.length;
      const ratingKey = (values: Row) => ASSESSMENT_RATINGS.key({ ...values, ...assessmentOf(values) });
      failed.push(...failedLines(ratings.failed, ASSESSMENT_RATINGS.externalKey, byKey(ratingRows, ratingKey)));
    }
    return { jobs, failed: failed.sort((a, b) => a.line - b.line) };
  }
};

const STAKEHOLDER_ACCOUNTS_PER_QUERY = 200;

const STAKEHOLDERS_PLAN: Plan = {
  kind: "stakeholders",
  columns: STAKEHOLDERS.columns,
  rowIssues: (file, input) => checkDuplicateKeys(file, input.rows, STAKEHOLDERS.key, "account and Contact"),
  async upload(client, input, options) {
    // The stakeholders the accounts already have, by account and Contact (200 accounts per query).
    const accounts = [...new Set(input.rows.map((r) => to18(r.values.Account__c)))];
    const existing = new Map<string, string>();
    for (let i = 0; i < accounts.length; i += STAKEHOLDER_ACCOUNTS_PER_QUERY) {
      const ids = accounts.slice(i, i + STAKEHOLDER_ACCOUNTS_PER_QUERY).map((a) => `'${a}'`);
      const rows = await client.queryAll<{ Id: string; Account__c: string; Contact__c: string }>(
        `SELECT Id, Account__c, Contact__c FROM Account_Stakeholder__c WHERE Account__c IN (${ids.join(", ")})`,
        "Reading the accounts' stakeholders"
      );
      for (const r of rows) existing.set(`${to18(r.Account__c)}:${to18(r.Contact__c)}`, r.Id);
    }
    const header = present(STAKEHOLDERS.columns, input.header);
    const toUpdate = input.rows.filter((r) => existing.has(STAKEHOLDERS.key(r.values)));
    const toInsert = input.rows.filter((r) => !existing.has(STAKEHOLDERS.key(r.values)));
    const failed: FailedRow[] = [];
    let jobs = 0;
    const run = async (rows: InputRow[], operation: "insert" | "update") => {
      if (rows.length === 0) return;
      // The master-detail Account__c is not reparented: an update sends the Id and the other columns.
      const columns = operation === "update" ? ["Id", ...header.filter((c) => c !== "Account__c")] : header;
      const progress = options.out.progress(
        `${operation === "insert" ? "Inserting" : "Updating"} stakeholders`,
        rows.length,
        "rows"
      );
      try {
        const result = await bulkUpsert(client, {
          object: STAKEHOLDERS.object,
          operation,
          header: columns,
          rows: rows.map((r) => {
            const values: Row = { ...r.values, Id: existing.get(STAKEHOLDERS.key(r.values)) ?? "" };
            return columns.map((c) => values[c] ?? "");
          }),
          interval: options.interval,
          progress
        });
        jobs += result.jobIds.length;
        const keyOfFailed = (f: CsvRecord) =>
          operation === "update"
            ? ([...existing].find(([, id]) => id === f.Id)?.[0] ?? "")
            : `${to18(f.Account__c)}:${to18(f.Contact__c)}`;
        const byKeyRows = byKey(rows, STAKEHOLDERS.key);
        for (const f of result.failed) {
          for (const row of byKeyRows.get(keyOfFailed(f)) ?? [])
            failed.push({ line: row.line, error: f.sf__Error, values: row.values });
        }
      } finally {
        progress.stop();
      }
    };
    await run(toUpdate, "update");
    await run(toInsert, "insert");
    return { jobs, failed: failed.sort((a, b) => a.line - b.line) };
  }
};

const PLANS: Record<string, Plan> = {
  stakeholders: STAKEHOLDERS_PLAN,
  ratings: RATINGS_PLAN,
  assessments: ASSESSMENTS_PLAN
};

async function importContext(client: OrgClient, plan: Plan): Promise<ImportContext> {
  const names = async (type: string) =>
    new Set(
      (await client.queryAll<{ DeveloperName: string }>(`SELECT DeveloperName FROM ${type}`, `Reading ${type}`)).map(
        (r) => r.DeveloperName
      )
    );
  const needs = (name: string) => plan.columns.some((c) => c.name === name);
  return {
    criteria: needs("Criterion__c") ? await names("Selection_Criterion__mdt") : new Set(),
    dimensions: needs("Dimension__c") ? await names("Collaboration_Dimension__mdt") : new Set()
  };
}

function reportIssues(out: Output, file: string, issues: InputIssue[], kind: string): never {
  out.document({ command: `data import ${kind}`, status: "invalid", file, issues });
  for (const issue of issues.slice(0, SHOWN_ISSUES)) {
    out.line(`${issue.file}:${issue.line}${issue.column ? ` (${issue.column})` : ""}: ${issue.message}`);
  }
  if (issues.length > SHOWN_ISSUES) out.line(`… and ${issues.length - SHOWN_ISSUES} more (--json lists them all)`);
  throw new CliError(
    `${issues.length} problem(s) in ${file}; nothing was sent. Correct the file and run again.`,
    EXIT.INPUT,
    "INVALID_INPUT"
  );
}

function writeFailedRows(file: string, header: string[], failed: FailedRow[]): void {
  const rows = [
    ["line", "error", ...header],
    ...failed.map((f) => [String(f.line), f.error, ...header.map((h) => f.values[h] ?? "")])
  ];
  fs.writeFileSync(file, formatCsv(rows));
}

export const dataImport: Command = {
  words: ["data", "import"],
  args: "<stakeholders|ratings|assessments> <csv>",
  summary: "load stakeholders, selection ratings or collaboration assessments from CSV (Bulk API 2.0)",
  details: [
    "stakeholders: one row per account and Contact — Account__c, Contact__c, Role__c, Influence__c (1-5), " +
      "Decision_Role__c, Stance__c (-2..+2), Relationship_Strength__c (1-5), Relationship_Owner__c (User Id), " +
      "Is_Signatory__c (true|false), Last_Engaged_On__c (YYYY-MM-DD). Account_Stakeholder__c has no external Id " +
      "field, so a row is matched by account and Contact: existing stakeholders are updated (by Id), new ones " +
      "inserted — two bulk jobs at most. Reports_To__c is set in the stakeholder map.",
    "ratings: one row per account and criterion — Account__c (Id), Criterion__c (a configured Selection_Criterion), " +
      "Rating__c (1-5), Rationale__c. Upserted into Account_Selection_Rating__c by Rating_Key__c.",
    "assessments: one row per respondent and dimension — Account__c, Period__c (year), Respondent_Type__c " +
      "(Customer|Internal), Respondent_Contact__c or Respondent_User__c, Function__c, Submitted_On__c (YYYY-MM-DD), " +
      "Dimension__c (a configured Collaboration_Dimension), Score__c (1-5, empty for N/A), Comment__c. Assessments are " +
      "upserted by Respondent_Key__c, then their ratings by Rating_Key__c.",
    "The whole file is checked first: any problem is listed with its line and column and nothing is sent (exit 5). " +
      "Rows the org refuses are written with their line and the server's message to <csv>.failed.csv (exit 1).",
    "Scores are recomputed by the rating triggers; for large loads with the trigger bypass, run npx accord scores recompute after."
  ],
  options: {
    "dry-run": { type: "boolean", description: "check the file against the org's configuration, send nothing" },
    failed: { type: "string", value: "<file>", description: "where to write refused rows (default: <csv>.failed.csv)" },
    interval: { type: "string", value: "<seconds>", description: "seconds between bulk job status checks (default 2)" }
  },
  examples: [
    "npx accord data import stakeholders stakeholders.csv --target-org prod",
    "npx accord data import ratings ratings-2026.csv --target-org prod",
    "npx accord data import assessments survey.csv --dry-run -o uat"
  ],
  async run({ values, positionals, out, connect }) {
    const [kind, file, ...rest] = positionals;
    const plan = PLANS[kind];
    if (!plan || !file || rest.length > 0) {
      throw new CliError(
        `Say what to import and from which file: npx accord data import <${IMPORT_KINDS.join("|")}> <csv>` +
          (kind === "stakeholders"
            ? " (stakeholders: not yet — Account_Stakeholder__c has no external key to upsert by)"
            : ""),
        EXIT.USAGE,
        "BAD_ARGUMENT"
      );
    }
    const interval = Number(stringOption(values, "interval") ?? "2");
    if (!Number.isFinite(interval) || interval <= 0)
      throw new CliError("--interval must be a positive number of seconds.", EXIT.USAGE);
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (error) {
      throw new CliError(`Cannot read ${file}: ${(error as Error).message}`, EXIT.INPUT, "NO_FILE");
    }
    const { input, issues } = readCsvInput(file, text, plan.columns);
    if (issues.length > 0) reportIssues(out, file, issues, kind);
    const client = await connect();
    const context = await importContext(client, plan);
    const valueIssues = checkValues(file, input, plan.columns, context);
    const allIssues = valueIssues.length > 0 ? valueIssues : plan.rowIssues(file, input);
    if (allIssues.length > 0) reportIssues(out, file, allIssues, kind);
    if (values["dry-run"]) {
      out.document({
        command: `data import ${kind}`,
        status: "ok",
        dryRun: true,
        rows: input.rows.length,
        apiCalls: client.calls
      });
      out.line(`${file}: ${input.rows.length} row(s) valid; nothing sent (--dry-run).`);
      return EXIT.OK;
    }
    const { jobs, failed } = await plan.upload(client, input, { interval, out });
    const failedFile =
      stringOption(values, "failed") ?? path.join(path.dirname(file), `${path.basename(file, ".csv")}.failed.csv`);
    if (failed.length > 0) writeFailedRows(failedFile, input.header, failed);
    const failedLineCount = new Set(failed.map((f) => f.line)).size;
    out.document({
      command: `data import ${kind}`,
      status: failed.length > 0 ? "findings" : "ok",
      rows: input.rows.length,
      upserted: input.rows.length - failedLineCount,
      failed: failed.map((f) => ({ line: f.line, error: f.error })),
      failedFile: failed.length > 0 ? failedFile : null,
      jobs,
      apiCalls: client.calls
    });
    out.line(
      `${file}: ${input.rows.length - failedLineCount} of ${input.rows.length} row(s) upserted in ${jobs} bulk job(s) ` +
        `with ${client.calls} API calls` +
        (failed.length > 0 ? `; ${failedLineCount} refused by the org, written with the reason to ${failedFile}.` : ".")
    );
    return failed.length > 0 ? EXIT.FINDINGS : EXIT.OK;
  }
};
