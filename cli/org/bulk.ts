/**
 * Bulk API 2.0 ingest (https://developer.salesforce.com/docs/platform/api-asynch/guide/bulk-api-2-0-ingest.html):
 * create an upsert job by external Id field, upload the CSV once, mark it UploadComplete, poll its info until
 * JobComplete, then read the failed rows (sf__Error) and, when asked, the successful ones (sf__Id). One job holds
 * up to 150 MB of CSV; larger inputs are split into several jobs.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { OrgClient } from "./client";
import { CliError, EXIT } from "./errors";
import type { Progress } from "../output";

/** Bytes of CSV per job: under the documented 150 MB per upload, with room for encoding overhead. */
const MAX_JOB_BYTES = 100 * 1024 * 1024;

interface JobInfo {
  id: string;
  state: "Open" | "UploadComplete" | "InProgress" | "JobComplete" | "Failed" | "Aborted";
  contentUrl?: string;
  numberRecordsProcessed?: number;
  numberRecordsFailed?: number;
  errorMessage?: string;
}

export type CsvRecord = Record<string, string>;

export interface UpsertRequest {
  object: string;
  /** upsert by externalIdFieldName (default), or insert / update by Id. */
  operation?: "upsert" | "insert" | "update";
  externalIdFieldName?: string;
  header: string[];
  rows: string[][];
  /** Seconds between job status checks. */
  interval: number;
  progress: Progress;
  /** Also read successfulResults (sf__Id, sf__Created + the row): to learn the Ids of upserted parents. */
  wantSuccessful?: boolean;
}

export interface UpsertResult {
  jobIds: string[];
  processed: number;
  failed: CsvRecord[];
  successful: CsvRecord[];
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvText(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\n") + "\n";
}

/** Rows split so that each job's CSV stays under MAX_JOB_BYTES. */
function chunks(header: string[], rows: string[][]): string[][][] {
  const out: string[][][] = [];
  let current: string[][] = [];
  let bytes = Buffer.byteLength(header.join(",")) + 1;
  for (const row of rows) {
    const size = Buffer.byteLength(row.map(csvCell).join(",")) + 1;
    if (current.length > 0 && bytes + size > MAX_JOB_BYTES) {
      out.push(current);
      current = [];
      bytes = Buffer.byteLength(header.join(",")) + 1;
    }
    current.push(row);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** jsforce parses text/csv bodies into records; an empty result may come back as text. */
function records(body: unknown): CsvRecord[] {
  return Array.isArray(body) ? (body as CsvRecord[]) : [];
}

export async function bulkUpsert(client: OrgClient, request: UpsertRequest): Promise<UpsertResult> {
  const result: UpsertResult = { jobIds: [], processed: 0, failed: [], successful: [] };
  let doneBefore = 0;
  for (const rows of chunks(request.header, request.rows)) {
    const job = await client.request<JobInfo>(
      {
        method: "POST",
        url: client.dataPath("/jobs/ingest"),
        body: JSON.stringify({
          object: request.object,
          ...(request.externalIdFieldName ? { externalIdFieldName: request.externalIdFieldName } : {}),
          contentType: "CSV",
          operation: request.operation ?? "upsert",
          lineEnding: "LF"
        })
      },
      `Creating the ${request.object} ${request.operation ?? "upsert"} job`
    );
    result.jobIds.push(job.id);
    const jobPath = client.dataPath(`/jobs/ingest/${job.id}`);
    await client.request(
      {
        method: "PUT",
        url: job.contentUrl ? `/${job.contentUrl.replace(/^\//, "")}` : `${jobPath}/batches`,
        body: csvText(request.header, rows),
        headers: { "Content-Type": "text/csv" }
      },
      `Uploading ${rows.length} rows`
    );
    await client.request(
      { method: "PATCH", url: jobPath, body: JSON.stringify({ state: "UploadComplete" }) },
      "Closing the upload"
    );
    let info: JobInfo;
    for (;;) {
      info = await client.get<JobInfo>(jobPath, "Following the bulk job");
      request.progress.update(doneBefore + (info.numberRecordsProcessed ?? 0));
      if (info.state === "JobComplete") break;
      if (info.state === "Failed" || info.state === "Aborted") {
        throw new CliError(
          `The bulk job ${job.id} ${info.state.toLowerCase()}: ${info.errorMessage ?? "no message"}. ` +
            "Rows of this job were not all processed; see Setup > Bulk Data Load Jobs.",
          EXIT.ORG,
          "BULK_JOB_FAILED"
        );
      }
      await sleep(request.interval * 1000);
    }
    doneBefore += rows.length;
    result.processed += info.numberRecordsProcessed ?? 0;
    if ((info.numberRecordsFailed ?? 0) > 0) {
      result.failed.push(...records(await client.get<unknown>(`${jobPath}/failedResults/`, "Reading the failed rows")));
    }
    if (request.wantSuccessful) {
      result.successful.push(
        ...records(await client.get<unknown>(`${jobPath}/successfulResults/`, "Reading the upserted rows"))
      );
    }
  }
  return result;
}
