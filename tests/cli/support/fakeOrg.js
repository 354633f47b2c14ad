"use strict";
// A loopback Salesforce org for the accord CLI's tests and bench. It answers in the documented formats:
// - REST query and query paging, with parent-to-child subqueries as nested query results (null when empty) and
//   child lists longer than a page cut with done=false and their own nextRecordsUrl:
//   https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query.htm
//   https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_relationships_query_results.htm
// - errors as a JSON array [{"message", "errorCode"}] with the HTTP status: 400 INVALID_FIELD / INVALID_TYPE /
//   MALFORMED_QUERY, 401 INVALID_SESSION_ID ("Session expired or invalid"):
//   https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm
//   https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_error_handling_session_exp.htm
// - Bulk API 2.0 ingest (create job, PUT CSV to contentUrl → 201, PATCH UploadComplete, job info polling,
//   failedResults CSV with sf__Id and sf__Error first):
//   https://developer.salesforce.com/docs/platform/api-asynch/guide/walkthrough-upsert.html
//   https://developer.salesforce.com/docs/platform/api-asynch/guide/close-job.html
//   https://developer.salesforce.com/docs/platform/api-asynch/guide/get-job-failed-results.html
// The schema (fields, lookups and child relationship names) is read from force-app, so a query naming a field
// the package does not have fails here as it would in an org.

const http = require("node:http");
const { loadModel } = require("../../model/objectModel");
const { parse, SoqlError } = require("./soql");

const STANDARD_FIELDS = ["Id", "Name", "CreatedDate", "LastModifiedDate", "OwnerId"];

/**
 * Standard objects the CLI reads, with the fields, lookups (field → parent) and child relationships it uses, as
 * the object reference describes them (e.g. PermissionSet.Assignments, CronTrigger.CronJobDetail, Translation).
 */
const STANDARD_OBJECTS = {
  Account: { fields: ["Id", "Name", "BillingCountryCode"] },
  Contact: { fields: ["Id", "Name", "AccountId", "Email"], lookups: { AccountId: "Account" } },
  User: { fields: ["Id", "Name", "Username", "IsActive"] },
  PermissionSet: {
    fields: ["Id", "Name", "Label", "IsOwnedByProfile"],
    children: { Assignments: { object: "PermissionSetAssignment", field: "PermissionSetId" } }
  },
  PermissionSetAssignment: {
    fields: ["Id", "AssigneeId", "PermissionSetId"],
    lookups: { AssigneeId: "User", PermissionSetId: "PermissionSet" }
  },
  CustomPermission: { fields: ["Id", "DeveloperName", "MasterLabel"] },
  SetupEntityAccess: {
    fields: ["Id", "ParentId", "SetupEntityId", "SetupEntityType"],
    lookups: { ParentId: "PermissionSet" }
  },
  CronJobDetail: { fields: ["Id", "Name", "JobType"] },
  CronTrigger: {
    fields: ["Id", "State", "NextFireTime", "CronExpression", "CronJobDetailId"],
    lookups: { CronJobDetailId: "CronJobDetail" }
  },
  Translation: { fields: ["Id", "Language", "IsActive"] },
  ContentVersion: {
    fields: ["Id", "Title", "PathOnClient", "FirstPublishLocationId", "IsLatest", "ContentDocumentId", "VersionData"]
  },
  ApexClass: { fields: ["Id", "Name"] },
  AsyncApexJob: {
    fields: [
      "Id",
      "Status",
      "JobType",
      "JobItemsProcessed",
      "TotalJobItems",
      "NumberOfErrors",
      "ExtendedStatus",
      "CreatedDate",
      "CompletedDate",
      "ApexClassId"
    ],
    lookups: { ApexClassId: "ApexClass" }
  }
};

const CUSTOM_METADATA_FIELDS = ["Id", "DeveloperName", "MasterLabel", "Label", "QualifiedApiName", "NamespacePrefix"];

/** { object → { fields: Set, lookups: { field → parent object }, children: { relationship → {object, field} } } } */
function loadSchema() {
  const schema = {};
  for (const [name, spec] of Object.entries(STANDARD_OBJECTS)) {
    schema[name] = { fields: new Set(spec.fields), lookups: { ...spec.lookups }, children: { ...spec.children } };
  }
  const model = loadModel();
  const custom = [...model.objects, ...model.cmdtObjects];
  for (const [name, object] of custom) {
    const base = name.endsWith("__mdt") ? CUSTOM_METADATA_FIELDS : STANDARD_FIELDS;
    const entry = (schema[name] ??= { fields: new Set(), lookups: {}, children: {} });
    for (const f of base) entry.fields.add(f);
    for (const [fieldName, field] of object.fields) {
      entry.fields.add(fieldName);
      if (field.referenceTo) entry.lookups[fieldName] = field.referenceTo;
    }
  }
  for (const [name, object] of custom) {
    for (const [fieldName, field] of object.fields) {
      if (!field.referenceTo || !field.relationshipName) continue;
      const parent = (schema[field.referenceTo] ??= { fields: new Set(STANDARD_FIELDS), lookups: {}, children: {} });
      parent.children[`${field.relationshipName}__r`] = { object: name, field: fieldName };
    }
  }
  return schema;
}

let idCounter = 0;
/** An 18-character record Id with the object's key prefix (the prefix only has to be stable here). */
function newId(prefix) {
  idCounter++;
  return (prefix + String(idCounter).padStart(12, "0") + "AAA").slice(0, 18);
}

function csvEscape(value) {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function parseCsvText(text) {
  // Enough for the CLI's uploads: RFC 4180 quoting, LF or CRLF line ends.
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

class FakeOrg {
  /**
   * @param {object} options
   * @param {Record<string, object[]>} [options.records] records by object (lookups hold Ids)
   * @param {number} [options.pageSize] records per query page (the API's default batch is 2,000)
   * @param {number} [options.childPageSize] child records inline per parent before a child nextRecordsUrl
   * @param {(job, row) => string|null} [options.rejectRow] the org's own refusal of an ingested row (sf__Error)
   */
  constructor(options = {}) {
    this.schema = loadSchema();
    this.records = {};
    for (const [object, list] of Object.entries(options.records ?? {})) {
      this.records[object] = list.map((r) => ({ Id: r.Id ?? newId("a0" + object.length), ...r }));
    }
    this.pageSize = options.pageSize ?? 2000;
    this.childPageSize = options.childPageSize ?? 200;
    this.rejectRow = options.rejectRow ?? (() => null);
    this.token = options.token ?? "00DFAKE!token";
    this.apiVersion = options.apiVersion ?? "65.0";
    this.versions = options.versions ?? ["63.0", "64.0", "65.0"];
    this.cursors = new Map();
    this.jobs = new Map();
    this.requests = [];
    this.sessionExpired = false;
    this.handlers = [];
    this.indexes = new Map();
  }

  /** Records of an object by Id, and children by parent field: built once, dropped on every write. */
  index(object, field) {
    const name = `${object}.${field}`;
    if (!this.indexes.has(name)) {
      const map = new Map();
      for (const r of this.records[object] ?? []) {
        const key = r[field];
        if (field === "Id") map.set(key, r);
        else if (key === undefined) continue;
        else if (!map.has(key)) map.set(key, [r]);
        else map.get(key).push(r);
      }
      this.indexes.set(name, map);
    }
    return this.indexes.get(name);
  }

  /** Removes a field from the schema: the org runs an older package version (→ INVALID_FIELD). */
  dropField(object, field) {
    this.schema[object].fields.delete(field);
  }

  /** Adds a handler: (req, body, url) → {status, body, type} | null, tried before the built-in routes. */
  route(handler) {
    this.handlers.push(handler);
  }

  async start() {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.instanceUrl = `http://127.0.0.1:${this.server.address().port}`;
    return this;
  }

  async stop() {
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** Environment for the CLI: SF_ACCESS_TOKEN + SF_INSTANCE_URL pointing here. */
  env() {
    return { SF_ACCESS_TOKEN: this.token, SF_INSTANCE_URL: this.instanceUrl };
  }

  handle(req, res) {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const body = raw.toString("utf8");
      const url = new URL(req.url, this.instanceUrl);
      this.requests.push({ method: req.method, path: url.pathname, query: url.search, body });
      let reply;
      try {
        reply = this.dispatch(req, url, body, raw);
      } catch (error) {
        const status = error.status ?? 400;
        reply = this.errorReply(status, error.errorCode ?? "UNKNOWN_EXCEPTION", error.message);
      }
      res.writeHead(reply.status, { "Content-Type": reply.type ?? "application/json;charset=UTF-8" });
      const text =
        reply.body === undefined ? "" : typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
      res.end(reply.binary ? Buffer.from(text, "latin1") : text);
    });
  }

  errorReply(status, errorCode, message) {
    return { status, body: [{ message, errorCode }] };
  }

  dispatch(req, url, body, raw) {
    const authorization = req.headers.authorization ?? "";
    if (this.sessionExpired || authorization !== `Bearer ${this.token}`) {
      return this.errorReply(401, "INVALID_SESSION_ID", "Session expired or invalid");
    }
    for (const handler of this.handlers) {
      const reply = handler(req, body, url, this, raw);
      if (reply) return reply;
    }
    const base = `/services/data/v${this.apiVersion}`;
    const path = url.pathname;
    if (req.method === "GET" && (path === "/services/data" || path === "/services/data/")) {
      // https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_versions.htm
      return {
        status: 200,
        body: this.versions.map((v) => ({ label: `v${v}`, url: `/services/data/v${v}`, version: v }))
      };
    }
    if (req.method === "GET" && path === `${base}/query`) return this.query(url.searchParams.get("q"));
    if (req.method === "GET" && path.startsWith(`${base}/query/`)) return this.nextPage(path.slice(base.length + 7));
    if (path.startsWith(`${base}/jobs/ingest`))
      return this.ingest(req.method, path.slice(`${base}/jobs/ingest`.length), body);
    return this.errorReply(404, "NOT_FOUND", `The requested resource does not exist: ${req.method} ${path}`);
  }

  // ---- REST query ----

  query(soql) {
    let parsed;
    try {
      parsed = parse(soql ?? "");
    } catch (error) {
      if (error instanceof SoqlError) throw Object.assign(new Error(error.message), { errorCode: error.errorCode });
      throw error;
    }
    const object = this.schema[parsed.from];
    if (!object) {
      throw Object.assign(
        new Error(
          `sObject type '${parsed.from}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name.`
        ),
        { errorCode: "INVALID_TYPE" }
      );
    }
    this.checkFields(parsed, parsed.from);
    // An equality on a plain field narrows through an index first, as the org's indexes would.
    const indexed = parsed.where.find((w) => w.op === "=" && !w.field.includes("."));
    const candidates = indexed
      ? (this.index(parsed.from, indexed.field).get(indexed.value) ?? [])
      : (this.records[parsed.from] ?? []);
    let rows = candidates.filter((r) => this.matches(r, parsed.where, parsed.from));
    if (parsed.orderBy) {
      const { field, desc } = parsed.orderBy;
      rows = [...rows].sort((a, b) => (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : 0) * (desc ? -1 : 1));
    }
    if (parsed.limit !== null) rows = rows.slice(0, parsed.limit);
    if (parsed.fields.length === 1 && /^COUNT\(\)$/i.test(parsed.fields[0])) {
      return { status: 200, body: { totalSize: rows.length, done: true, records: [] } };
    }
    const projected = rows.map((r) => this.project(r, parsed, parsed.from));
    return this.firstPage(projected, this.pageSize);
  }

  firstPage(records, size) {
    if (records.length <= size) return { status: 200, body: { totalSize: records.length, done: true, records } };
    const locator = `01g${String(this.cursors.size + 1).padStart(15, "0")}`;
    this.cursors.set(locator, { records, size });
    return {
      status: 200,
      body: {
        totalSize: records.length,
        done: false,
        nextRecordsUrl: `/services/data/v${this.apiVersion}/query/${locator}-${size}`,
        records: records.slice(0, size)
      }
    };
  }

  nextPage(locatorAndOffset) {
    const [locator, offsetText] = locatorAndOffset.split("-");
    const cursor = this.cursors.get(locator);
    if (!cursor) throw Object.assign(new Error("invalid query locator"), { errorCode: "INVALID_QUERY_LOCATOR" });
    const offset = Number(offsetText);
    const end = offset + cursor.size;
    const body = {
      totalSize: cursor.records.length,
      done: end >= cursor.records.length,
      records: cursor.records.slice(offset, end)
    };
    if (!body.done) body.nextRecordsUrl = `/services/data/v${this.apiVersion}/query/${locator}-${end}`;
    return { status: 200, body };
  }

  noSuchColumn(field, objectName) {
    return Object.assign(
      new Error(
        `No such column '${field}' on entity '${objectName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`
      ),
      { errorCode: "INVALID_FIELD" }
    );
  }

  /** The lookup behind a relationship name: Account__r → Account__c, Assignee → AssigneeId. */
  lookupOf(objectName, relation) {
    const lookups = this.schema[objectName].lookups;
    const field = relation.endsWith("__r") ? relation.replace(/__r$/, "__c") : `${relation}Id`;
    return field in lookups && this.schema[objectName].fields.has(field) ? { field, parent: lookups[field] } : null;
  }

  checkField(path, objectName) {
    const parts = path.split(".");
    let current = objectName;
    for (let i = 0; i < parts.length - 1; i++) {
      const lookup = this.lookupOf(current, parts[i]);
      if (!lookup) throw this.noSuchColumn(parts[i], current);
      current = lookup.parent;
    }
    if (!this.schema[current].fields.has(parts.at(-1))) throw this.noSuchColumn(parts.at(-1), current);
  }

  checkFields(parsed, objectName) {
    for (const field of parsed.fields) if (!/\(\)$/.test(field)) this.checkField(field, objectName);
    for (const w of parsed.where) this.checkField(w.field, objectName);
    for (const child of parsed.children) {
      const relation = this.schema[objectName].children[child.from];
      if (!relation) {
        throw Object.assign(
          new Error(
            `Didn't understand relationship '${child.from}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name.`
          ),
          { errorCode: "INVALID_TYPE" }
        );
      }
      this.checkFields(child, relation.object);
    }
  }

  valueAt(record, path, objectName) {
    const parts = path.split(".");
    let current = record;
    let currentObject = objectName;
    for (let i = 0; i < parts.length - 1; i++) {
      const lookup = this.lookupOf(currentObject, parts[i]);
      current = this.index(lookup.parent, "Id").get(current[lookup.field]);
      if (!current) return null;
      currentObject = lookup.parent;
    }
    const value = current[parts.at(-1)];
    return value === undefined ? null : value;
  }

  matches(record, where, objectName) {
    return where.every(({ field, op, value }) => {
      const actual = this.valueAt(record, field, objectName);
      if (op === "=") return actual === value;
      if (op === "!=") return actual !== value;
      if (op === "IN") return value.includes(actual);
      if (op === "NOT IN") return !value.includes(actual);
      if (op === "LIKE") return new RegExp(`^${String(value).replace(/%/g, ".*")}$`, "i").test(String(actual ?? ""));
      throw Object.assign(new Error(`operator ${op} not supported here`), { errorCode: "MALFORMED_QUERY" });
    });
  }

  project(record, parsed, objectName) {
    const out = {
      attributes: { type: objectName, url: `/services/data/v${this.apiVersion}/sobjects/${objectName}/${record.Id}` }
    };
    for (const field of parsed.fields) {
      const parts = field.split(".");
      if (parts.length === 1) {
        out[field] = record[field] === undefined ? null : record[field];
        continue;
      }
      // Parent fields nest under the relationship name, as the REST API returns them.
      const relation = parts[0];
      const { field: lookup, parent: parentObject } = this.lookupOf(objectName, relation);
      const parent = this.index(parentObject, "Id").get(record[lookup]);
      if (!parent) {
        out[relation] = null;
        continue;
      }
      out[relation] ??= {
        attributes: {
          type: parentObject,
          url: `/services/data/v${this.apiVersion}/sobjects/${parentObject}/${parent.Id}`
        }
      };
      out[relation][parts.slice(1).join(".")] = this.valueAt(parent, parts.slice(1).join("."), parentObject);
    }
    for (const child of parsed.children) {
      const relation = this.schema[objectName].children[child.from];
      const rows = (this.index(relation.object, relation.field).get(record.Id) ?? []).filter((r) =>
        this.matches(r, child.where, relation.object)
      );
      if (rows.length === 0) {
        out[child.from] = null;
        continue;
      }
      const projected = rows.map((r) => this.project(r, child, relation.object));
      out[child.from] = this.firstPage(projected, this.childPageSize).body;
    }
    return out;
  }

  // ---- Bulk API 2.0 ingest ----

  jobInfo(job) {
    return {
      id: job.id,
      operation: job.operation,
      object: job.object,
      createdById: "005000000000001AAA",
      createdDate: job.createdDate,
      systemModstamp: job.createdDate,
      state: job.state,
      externalIdFieldName: job.externalIdFieldName,
      concurrencyMode: "Parallel",
      contentType: "CSV",
      apiVersion: Number(this.apiVersion),
      jobType: "V2Ingest",
      contentUrl: `services/data/v${this.apiVersion}/jobs/ingest/${job.id}/batches`,
      lineEnding: job.lineEnding,
      columnDelimiter: "COMMA",
      numberRecordsProcessed: job.processed,
      numberRecordsFailed: job.failed.length,
      retries: 0,
      totalProcessingTime: 0
    };
  }

  ingest(method, rest, body) {
    if (method === "POST" && rest === "") {
      const request = JSON.parse(body);
      if (!this.schema[request.object]) {
        throw Object.assign(new Error(`Entity '${request.object}' is not supported by the Bulk API.`), {
          errorCode: "INVALIDENTITY"
        });
      }
      if (request.operation === "upsert" && !this.schema[request.object].fields.has(request.externalIdFieldName)) {
        throw this.noSuchColumn(request.externalIdFieldName, request.object);
      }
      const job = {
        id: `750${String(this.jobs.size + 1).padStart(12, "0")}AAA`,
        object: request.object,
        operation: request.operation,
        externalIdFieldName: request.externalIdFieldName,
        lineEnding: request.lineEnding ?? "LF",
        createdDate: "2026-01-15T10:00:00.000+0000",
        state: "Open",
        uploads: [],
        processed: 0,
        failed: [],
        succeeded: [],
        polls: 0
      };
      this.jobs.set(job.id, job);
      return { status: 200, body: this.jobInfo(job) };
    }
    const [, id, sub] = rest.split("/");
    const job = this.jobs.get(id);
    if (!job) return this.errorReply(404, "NOT_FOUND", `Job ${id} not found`);
    if (method === "PUT" && sub === "batches") {
      if (job.state !== "Open") return this.errorReply(409, "INVALIDJOBSTATE", "Job is not open for uploads");
      job.uploads.push(body);
      return { status: 201, body: "", type: "text/plain" };
    }
    if (method === "PATCH" && !sub) {
      const { state } = JSON.parse(body);
      if (state === "UploadComplete") this.process(job);
      else job.state = state;
      return { status: 200, body: this.jobInfo(job) };
    }
    if (method === "GET" && !sub) {
      job.polls++;
      if (job.state === "UploadComplete") job.state = "InProgress";
      else if (job.state === "InProgress") job.state = "JobComplete";
      return { status: 200, body: this.jobInfo(job) };
    }
    if (method === "GET" && sub === "successfulResults") {
      const header = ["sf__Id", "sf__Created", ...job.header];
      const lines = [header, ...job.succeeded.map((r) => [r.id, String(r.created), ...r.cells])].map((r) =>
        r.map(csvEscape).join(",")
      );
      return { status: 200, body: lines.join("\n") + "\n", type: "text/csv" };
    }
    if (method === "GET" && sub === "failedResults") {
      const header = ["sf__Id", "sf__Error", ...job.header];
      const lines = [header, ...job.failed.map((f) => ["", f.error, ...f.row])].map((r) => r.map(csvEscape).join(","));
      return { status: 200, body: lines.join("\n") + "\n", type: "text/csv" };
    }
    return this.errorReply(404, "NOT_FOUND", `${method} ${rest}`);
  }

  /** Applies every uploaded row (insert, update by Id, upsert by the external key); refusals keep their sf__Error. */
  process(job) {
    job.state = "UploadComplete";
    this.indexes.clear();
    const list = (this.records[job.object] ??= []);
    job.header = null;
    for (const upload of job.uploads) {
      const [header, ...rows] = parseCsvText(upload);
      job.header ??= header;
      for (const cells of rows) {
        const row = Object.fromEntries(header.map((h, i) => [h, cells[i] === "" ? null : cells[i]]));
        job.processed++;
        const unknown = header.find((h) => !this.schema[job.object].fields.has(h));
        const error = unknown
          ? `INVALID_FIELD:No such column '${unknown}' on entity '${job.object}':--`
          : this.rejectRow(job, row);
        if (error) {
          job.failed.push({ row: cells, error });
          continue;
        }
        // insert always creates; update matches by Id (and refuses an unknown one); upsert by the external Id field.
        const keyField = job.operation === "update" ? "Id" : job.externalIdFieldName;
        const key = job.operation === "insert" ? undefined : row[keyField];
        const existing =
          key === undefined
            ? undefined
            : job.operation === "update"
              ? [this.index(job.object, "Id").get(key)].filter(Boolean)
              : this.index(job.object, keyField).get(key);
        if (job.operation === "update" && !existing?.length) {
          job.failed.push({ row: cells, error: `INVALID_CROSS_REFERENCE_KEY:invalid cross reference id:--` });
          continue;
        }
        if (existing?.length) {
          Object.assign(existing[0], row);
          job.succeeded.push({ id: existing[0].Id, created: false, cells });
        } else {
          const record = { Id: newId("a0X"), ...row };
          list.push(record);
          if (key !== undefined) this.index(job.object, keyField).set(key, [record]);
          this.indexes.delete(`${job.object}.Id`);
          job.succeeded.push({ id: record.Id, created: true, cells });
        }
      }
    }
  }
}

/** The parts of a multipart/form-data body: [{ name, filename, type, data: Buffer }]. */
function multipartParts(contentType, raw) {
  const boundary = Buffer.from(`--${/boundary=("?)([^";]+)\1/.exec(contentType)[2]}`);
  const parts = [];
  let start = raw.indexOf(boundary);
  while (start >= 0) {
    const next = raw.indexOf(boundary, start + boundary.length);
    if (next < 0) break;
    const part = raw.subarray(start + boundary.length + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, split).toString("utf8");
    parts.push({
      name: /name="([^"]+)"/.exec(headers)?.[1],
      filename: /filename="([^"]+)"/.exec(headers)?.[1] ?? null,
      type: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? null,
      data: part.subarray(split + 4)
    });
    start = next;
  }
  return parts;
}

module.exports = { FakeOrg, loadSchema, parseCsvText, newId, multipartParts };
