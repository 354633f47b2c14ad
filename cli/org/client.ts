/**
 * The one door to the org: a jsforce Connection whose every HTTP request goes through `request`, so errors are
 * translated once (./errors) and API calls are counted (the figure `--json` reports and the bench compares).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Connection } from "jsforce";
import type { OrgAuth } from "./auth";
import { orgError, type OrgLabel } from "./errors";

/** A page of a REST query (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm). */
export interface QueryPage<T> {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: T[];
}

export interface HttpCall {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Relative to the instance (/services/…) or to the version root (/query…). */
  url: string;
  body?: string;
  headers?: Record<string, string>;
}

/** The package's API version: sfdx-project.json's sourceApiVersion (one owner). */
export function projectApiVersion(): string {
  const file = path.resolve(__dirname, "../../sfdx-project.json");
  const project = JSON.parse(fs.readFileSync(file, "utf8")) as { sourceApiVersion: string };
  return project.sourceApiVersion;
}

export class OrgClient {
  /** HTTP requests sent so far. */
  calls = 0;
  readonly org: OrgLabel;

  constructor(
    private readonly connection: Connection,
    org: OrgLabel,
    readonly apiVersion: string,
    private readonly accessToken: string
  ) {
    this.org = org;
  }

  static connect(auth: OrgAuth, apiVersion: string): OrgClient {
    const connection = new Connection({
      instanceUrl: auth.instanceUrl,
      accessToken: auth.accessToken,
      version: apiVersion
    });
    return new OrgClient(
      connection,
      { alias: auth.alias, instanceUrl: auth.instanceUrl },
      apiVersion,
      auth.accessToken
    );
  }

  /** /services/data/vXX.X + path. */
  dataPath(pathFromVersionRoot: string): string {
    return `/services/data/v${this.apiVersion}${pathFromVersionRoot}`;
  }

  async request<T>(call: HttpCall, what: string): Promise<T> {
    this.calls++;
    try {
      return (await this.connection.request<T>({
        method: call.method,
        url: call.url,
        body: call.body,
        headers: call.headers ?? (call.body !== undefined ? { "Content-Type": "application/json" } : undefined)
      })) as T;
    } catch (error) {
      throw orgError(error, this.org, what);
    }
  }

  /**
   * Binary content (a file's VersionData): fetched directly, because jsforce decodes every body as text.
   * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_blob_retrieve.htm
   */
  async download(url: string, what: string): Promise<Buffer> {
    const response = await this.fetchOk(url, {}, what);
    return Buffer.from(await response.arrayBuffer());
  }

  /** A multipart POST (a deployRequest with its .zip), sent with fetch: jsforce sends bodies as text. */
  async post<T>(url: string, form: FormData, what: string): Promise<T> {
    const response = await this.fetchOk(url, { method: "POST", body: form }, what);
    return (await response.json().catch(() => null)) as T;
  }

  /**
   * One request sent with fetch instead of jsforce (download, post), counted; a network failure or an error
   * status throws the org error of the body's first errorCode (or ERROR_HTTP_<status>), as jsforce's would.
   */
  private async fetchOk(url: string, init: RequestInit, what: string): Promise<Response> {
    this.calls++;
    let response: Response;
    try {
      response = await fetch(`${this.org.instanceUrl}${url}`, {
        ...init,
        headers: { Authorization: `Bearer ${this.accessToken}` }
      });
    } catch (error) {
      throw orgError((error as { cause?: unknown }).cause ?? error, this.org, what);
    }
    if (!response.ok) {
      const body: unknown = await response.json().catch(() => null);
      const first = (Array.isArray(body) ? body[0] : body) as { errorCode?: string; message?: string } | null;
      throw orgError(
        {
          errorCode: first?.errorCode ?? `ERROR_HTTP_${response.status}`,
          message: first?.message ?? response.statusText
        },
        this.org,
        what
      );
    }
    return response;
  }

  get<T>(url: string, what: string): Promise<T> {
    return this.request<T>({ method: "GET", url }, what);
  }

  query<T>(soql: string, what: string): Promise<QueryPage<T>> {
    return this.get<QueryPage<T>>(this.dataPath(`/query?q=${encodeURIComponent(soql)}`), what);
  }

  /**
   * Every page of a query, each with its subquery results complete: a child list larger than what fits in the
   * parent's page arrives with done=false and its own nextRecordsUrl, which is followed here (also one level down).
   */
  async *queryPages<T extends object>(soql: string, what: string): AsyncGenerator<QueryPage<T>> {
    let page = await this.query<T>(soql, what);
    for (;;) {
      for (const record of page.records) await this.completeChildren(record, what);
      yield page;
      if (page.done || !page.nextRecordsUrl) return;
      page = await this.get<QueryPage<T>>(page.nextRecordsUrl, what);
    }
  }

  async queryAll<T extends object>(soql: string, what: string): Promise<T[]> {
    const records: T[] = [];
    for await (const page of this.queryPages<T>(soql, what)) records.push(...page.records);
    return records;
  }

  private async completeChildren(record: object, what: string): Promise<void> {
    for (const value of Object.values(record)) {
      if (!isChildResult(value)) continue;
      let result = value;
      while (!result.done && result.nextRecordsUrl) {
        result = await this.get<QueryPage<object>>(result.nextRecordsUrl, what);
        value.records.push(...result.records);
      }
      value.done = true;
      delete value.nextRecordsUrl;
      for (const child of value.records) await this.completeChildren(child, what);
    }
  }
}

function isChildResult(value: unknown): value is QueryPage<object> {
  return typeof value === "object" && value !== null && Array.isArray((value as QueryPage<object>).records);
}
