"use strict";
// The Metadata REST deployRequest for the loopback org
// (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_rest_deploy.htm): POST
// multipart/form-data with the "json" deployOptions and the "file" .zip → 201 {id, deployOptions, deployResult};
// GET deployRequest/<id>?includeDetails=true → {id, deployResult: DeployResult} (status InProgress, then done;
// componentFailures as DeployMessage: componentType, fullName, fileName, problem, problemType, lineNumber,
// https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deployresult.htm).
// A successful, not checkOnly deployment writes the records into the org's custom metadata.

const JSZip = require("jszip");
const { XMLParser } = require("fast-xml-parser");
const { multipartParts } = require("./fakeOrg");

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
const asArray = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** @param {(fullName: string, values: object) => string | null} [refuse] a component error for a record */
function deploySimulator(org, { refuse = () => null } = {}) {
  const deployments = new Map();
  const seen = [];
  const simulator = { seen, deployments, evaluate };
  org.route((req, body, url, fake, raw) => {
    if (req.method === "POST" && url.pathname.endsWith("/metadata/deployRequest")) {
      const parts = multipartParts(req.headers["content-type"], raw);
      const options = JSON.parse(parts.find((p) => p.name === "json").data.toString("utf8")).deployOptions;
      const zipPart = parts.find((p) => p.name === "file");
      const id = `0Af${String(deployments.size + 1).padStart(15, "0")}`;
      deployments.set(id, { options, zip: zipPart.data, polls: 0 });
      // JSZip reads asynchronously: the result is ready by a later poll, as a real deployment takes time.
      deployments.get(id).ready = evaluate(id);
      seen.push({ id, options, filename: zipPart.filename, type: zipPart.type });
      return {
        status: 201,
        body: { id, deployOptions: options, deployResult: { id, status: "Pending", done: false, success: false } }
      };
    }
    const status = url.pathname.match(/\/metadata\/deployRequest\/(\w+)$/);
    if (req.method === "GET" && status) {
      const deployment = deployments.get(status[1]);
      if (++deployment.polls < 2 || !deployment.result) {
        return {
          status: 200,
          body: { id: status[1], deployResult: { id: status[1], status: "InProgress", done: false, success: false } }
        };
      }
      return { status: 200, body: { id: status[1], deployResult: deployment.result } };
    }
    return null;
  });
  async function evaluate(id) {
    const deployment = deployments.get(id);
    const zip = await JSZip.loadAsync(deployment.zip);
    const names = Object.keys(zip.files).filter((n) => n.startsWith("customMetadata/") && !zip.files[n].dir);
    const manifest = await zip.file("package.xml").async("string");
    const records = [];
    const failures = [];
    for (const name of names) {
      const fullName = name.slice("customMetadata/".length, -".md".length);
      const doc = parser.parse(await zip.file(name).async("string")).CustomMetadata;
      const values = {};
      for (const v of asArray(doc.values))
        values[v.field] = v.value?.["@_xsi:nil"] === "true" ? null : (v.value?.["#text"] ?? null);
      const problem = refuse(fullName, values);
      if (problem) {
        failures.push({
          changed: false,
          componentType: "CustomMetadata",
          created: false,
          deleted: false,
          fileName: name,
          fullName,
          lineNumber: 5,
          problem,
          problemType: "Error",
          success: false
        });
      }
      records.push({ fullName, label: doc.label, values });
    }
    const ok = failures.length === 0;
    deployment.result = {
      id,
      status: ok ? "Succeeded" : "Failed",
      done: true,
      success: ok,
      checkOnly: deployment.options.checkOnly,
      numberComponentsTotal: names.length,
      numberComponentsDeployed: ok ? names.length : 0,
      numberComponentErrors: failures.length,
      details: ok
        ? { componentSuccesses: records.map((r) => ({ fullName: r.fullName, success: true })) }
        : { componentFailures: failures }
    };
    deployment.manifest = manifest;
    if (ok && !deployment.options.checkOnly) {
      for (const r of records) {
        const [type, developerName] = r.fullName.split(".");
        const list = (org.records[`${type}__mdt`] ??= []);
        let record = list.find((x) => x.DeveloperName === developerName);
        if (!record) list.push((record = { Id: `m0N${list.length}`, DeveloperName: developerName }));
        record.MasterLabel = r.label;
        for (const [field, value] of Object.entries(r.values)) {
          const parent = org.schema[`${type}__mdt`].lookups[field];
          record[field] =
            parent && value !== null ? org.records[parent].find((x) => x.DeveloperName === value).Id : value;
        }
      }
      org.indexes.clear();
    }
  }
  return simulator;
}

module.exports = { deploySimulator };
