"use strict";
// The preview's HTTP server (node:http, 127.0.0.1 only): the page, the bundle, SLDS assets, the Apex
// endpoint, a record endpoint for lightning/uiRecordApi, preview controls, and live-reload events.

const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const { toApexResponse } = require("./apexError");
const { accountSummary, planSummariesOf } = require("./controllers");
const { indexHtml } = require("../build/indexHtml");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "preview/dist");
const SLDS_ASSETS = path.join(ROOT, "node_modules/@salesforce-ux/design-system/assets");
const TYPES = {
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".json": "application/json"
};
const MAX_BODY_BYTES = 10 * 1024 * 1024;

function send(response, status, body, type = "application/json; charset=utf-8") {
  response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
  response.end(typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

/** A file under `folder`, never outside it. */
function serveFile(response, folder, relative) {
  const file = path.resolve(folder, `.${path.posix.normalize(`/${relative}`)}`);
  if (!file.startsWith(folder + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return send(response, 404, { message: `Not found: ${relative}` });
  }
  send(response, 200, fs.readFileSync(file), TYPES[path.extname(file)] || "application/octet-stream");
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    request.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error("Request body too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** lightning/uiRecordApi record shape: { apiName, id, fields: { Name: { value, displayValue } } }. */
function recordResponse(store, id, fieldList) {
  const account = store.accounts.get(id);
  const contact = store.contacts.get(id);
  const record = account || contact;
  if (!record) return null;
  const apiName = account ? "Account" : "Contact";
  const fields = {};
  for (const qualified of fieldList.filter(Boolean)) {
    const name = qualified.includes(".") ? qualified.split(".").slice(1).join(".") : qualified;
    const value = record[name] ?? null;
    fields[name] = { value, displayValue: value === null ? null : String(value) };
  }
  return { apiName, id, fields };
}

/** The user's language as the page asked for it (?lang= on the page that calls), like UserInfo.getLanguage(). */
function languageOf(request) {
  try {
    const lang = new URL(String(request.headers.referer || "")).searchParams.get("lang");
    return lang && /^[a-z]{2,3}(_[A-Za-z]{2,4})?$/.test(lang) ? lang : "en_US";
  } catch {
    return "en_US";
  }
}

function createServer({ controllers, getStore, getBuildError = () => null, reset, liveReload }) {
  const listeners = new Set();

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url || "/", "http://127.0.0.1");
    const route = url.pathname;
    try {
      if (request.method === "GET" && route === "/")
        return send(response, 200, indexHtml({ liveReload, buildError: getBuildError() }), "text/html; charset=utf-8");
      if (request.method === "GET" && route.startsWith("/dist/")) return serveFile(response, DIST, route.slice(6));
      if (request.method === "GET" && route.startsWith("/assets/"))
        return serveFile(response, SLDS_ASSETS, route.slice(8));
      if (request.method === "POST" && route.startsWith("/api/apex/")) {
        const method = decodeURIComponent(route.slice("/api/apex/".length));
        const handler = Object.prototype.hasOwnProperty.call(controllers, method) ? controllers[method] : null;
        if (!handler) {
          return send(response, 404, {
            message: JSON.stringify({ message: `No Apex method ${method} in the contract.`, code: "NO_SUCH_METHOD" })
          });
        }
        let params;
        try {
          params = JSON.parse((await readBody(request)) || "{}");
        } catch (error) {
          return send(response, 400, {
            message: JSON.stringify({ message: `Request body is not JSON: ${error.message}`, code: "INVALID_INPUT" })
          });
        }
        try {
          return send(response, 200, { result: await handler(params, { language: languageOf(request) }) });
        } catch (error) {
          const [status, body] = toApexResponse(error);
          if (status >= 500) console.error(`${method}: ${error.stack || error.message}`);
          return send(response, status, body);
        }
      }
      if (request.method === "GET" && route.startsWith("/api/record/")) {
        const id = decodeURIComponent(route.slice("/api/record/".length));
        const record = recordResponse(getStore(), id, (url.searchParams.get("fields") || "").split(","));
        return record
          ? send(response, 200, { result: record })
          : send(response, 404, { message: `No record with Id ${id}` });
      }
      if (request.method === "GET" && route === "/preview/api/accounts") {
        const accounts = [...getStore().accounts.values()].map(accountSummary);
        return send(response, 200, { result: accounts });
      }
      if (request.method === "GET" && route === "/preview/api/plans") {
        // The shell's record picker: every account's plans (newest period first), each with its account.
        const store = getStore();
        const plans = [...store.accounts.keys()].flatMap((accountId) =>
          planSummariesOf(store, accountId).map((plan) => ({ ...plan, accountId }))
        );
        return send(response, 200, { result: plans });
      }
      if (request.method === "GET" && route === "/preview/api/bench") {
        const bench = getStore().bench;
        return bench
          ? send(response, 200, { result: bench })
          : send(response, 404, { message: "Start with ACCORD_PREVIEW_BENCH=1 for bench accounts" });
      }
      if (request.method === "POST" && route === "/preview/api/clock") {
        // Browser tests pass time: { now: ISO date-time } sets the server's clock, { now: null } restores it.
        let body;
        try {
          body = JSON.parse((await readBody(request)) || "{}");
        } catch {
          body = {};
        }
        const now = body.now === null ? null : String(body.now);
        if (now !== null && Number.isNaN(Date.parse(now))) {
          return send(response, 400, {
            message: `now must be an ISO date-time or null, got ${JSON.stringify(body.now)}`
          });
        }
        getStore().clockNow = now === null ? null : new Date(now).toISOString();
        return send(response, 200, { result: getStore().clockNow });
      }
      if (request.method === "POST" && route === "/preview/api/reset") {
        await reset();
        return send(response, 200, { result: "reseeded" });
      }
      if (request.method === "GET" && route === "/preview/events") {
        response.writeHead(200, {
          "Content-Type": "text/event-stream",
          "Cache-Control": "no-store",
          Connection: "keep-alive"
        });
        response.write(": connected\n\n");
        listeners.add(response);
        request.on("close", () => listeners.delete(response));
        return undefined;
      }
      return send(response, 404, { message: `Not found: ${request.method} ${route}` });
    } catch (error) {
      console.error(error);
      return send(response, 500, { message: error.message });
    }
  });

  return Object.assign(server, {
    /** Tells every open page to reload (after a rebuild). */
    broadcastReload() {
      for (const listener of listeners) listener.write("event: reload\ndata: {}\n\n");
    },
    closeEventStreams() {
      for (const listener of listeners) listener.end();
      listeners.clear();
    }
  });
}

module.exports = { createServer };
