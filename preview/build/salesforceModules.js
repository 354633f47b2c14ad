"use strict";
// Rollup plugin (placed before lwc()): resolves the Salesforce module names the platform provides
// in an org, from the project's own metadata, so the real components build unchanged. Anything a
// component imports that the org would not provide fails the build with the importer's name.

const fs = require("node:fs");
const path = require("node:path");
const { readLabelCatalog } = require("./labels");
const { readApexMethodNames } = require("./apexContract");
const { findAppPageComponents, findRecordPageComponents } = require("./recordPageComponents");
const { readProjectSchema, checkSchemaReference } = require("./schema");

const VIRTUAL = "\0accord:";
const STUBS = path.join(__dirname, "../stubs");
const RUNTIME = path.join(__dirname, "../client/runtime.js");
const APEX_RUNTIME = path.join(STUBS, "apex.js");

/** Platform modules the npm package of base components lacks: our stand-ins, at the org boundary. */
const STUBBED_MODULES = {
  "lightning/platformShowToastEvent": "platformShowToastEvent.js",
  "lightning/messageService": "messageService.js",
  "lightning/refresh": "refresh.js",
  "force/navigation": "navigation.js"
};
const USER_FIELDS = { Id: "userId", isGuest: "isGuest" };
/**
 * Base-component gates the npm package opens but that cannot work under synthetic shadow, which Lightning
 * Experience and this preview use: ElementInternals (attachInternals) exist only with native shadow.
 */
const CLOSED_GATES = new Set(["bc.260.enableComboboxElementInternals"]);
const RUNTIME_I18N = new Set(["locale", "lang", "dir"]);
/** The record pages the preview shows (?account= and ?plan=). */
const RECORD_PAGE_OBJECTS = ["Account", "Customer_Account_Plan__c"];

const json = (value) => JSON.stringify(value);
const bundleFile = (folder, name) => path.join(folder, name, `${name}.js`);

/**
 * ACCORD_PREVIEW_COMPONENTS=a,b places only those bundles (to work on one component while another does not
 * build yet); by default every bundle exposed on a record page is placed, and the tests use the default. The
 * names must be exposed on Account record pages; the plan record page places those of them exposed there.
 */
function selectComponents(components, objectApiName) {
  const only = (process.env.ACCORD_PREVIEW_COMPONENTS || "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  if (only.length === 0) return components;
  const unknown = only.filter((name) => !components.some((c) => c.name === name));
  if (objectApiName === "Account" && unknown.length > 0) {
    throw new Error(`ACCORD_PREVIEW_COMPONENTS names ${unknown.join(", ")}, not exposed on Account record pages`);
  }
  return components.filter((c) => only.includes(c.name));
}

/**
 * The generated module "accord-preview:components": for each record page the preview shows, the bundles
 * exposed on it ({ name, label, ctor }), each bundle imported once.
 */
function componentsModule(lwcFolder) {
  const pages = RECORD_PAGE_OBJECTS.map((object) => ({
    object,
    components: selectComponents(findRecordPageComponents(lwcFolder, object), object)
  }));
  // App pages (lightning__AppPage) under the key "AppPage": the shell opens each with ?app=<bundle>.
  pages.push({ object: "AppPage", components: findAppPageComponents(lwcFolder) });
  const names = [...new Set(pages.flatMap((page) => page.components.map((c) => c.name)))];
  const imports = names.map((name, i) => `import C${i} from ${json(`c/${name}`)};`).join("\n");
  const entry = (c) =>
    `{ name: ${json(c.name)}, label: ${json(c.label)}, properties: ${json(c.properties)}, ctor: C${names.indexOf(c.name)} }`;
  const byObject = pages.map((page) => `${json(page.object)}: [${page.components.map(entry).join(", ")}]`);
  return `${imports}\nexport default { ${byObject.join(", ")} };\n`;
}

function salesforceModules({ root }) {
  const lwcFolder = path.join(root, "force-app/main/default/lwc");
  const appFolder = path.join(root, "preview/lwc");
  const metaFolder = path.join(root, "force-app/main/default");
  let catalog;
  let apexMethods;
  let schema;

  const folderNames = (folder, suffix) =>
    fs.existsSync(folder)
      ? new Set(
          fs
            .readdirSync(folder)
            .filter((n) => n.endsWith(suffix))
            .map((n) => n.slice(0, -suffix.length))
        )
      : new Set();

  function fail(context, source, importer, reason) {
    const where = importer ? path.relative(root, importer.split("?")[0]) : "the entry";
    context.error(`Unresolved import "${source}" in ${where}: ${reason}`);
  }

  /** A component module (c/name or preview/name) with the alias specifier the LWC compiler expects. */
  function componentId(context, folder, namespace, name, source, importer) {
    const file = bundleFile(folder, name);
    if (!fs.existsSync(file)) {
      return fail(context, source, importer, `no ${path.relative(root, file)}`);
    }
    return `${file}?specifier=${namespace}/${name}`;
  }

  return {
    name: "accord-salesforce-modules",

    buildStart() {
      catalog = readLabelCatalog(root);
      apexMethods = new Set(readApexMethodNames(path.join(root, "src/core/api.ts")));
      schema = readProjectSchema(path.join(metaFolder, "objects"));
      this.addWatchFile(catalog.labelsFile);
      this.addWatchFile(path.join(root, "src/core/api.ts"));
      // Metadata that decides whether an import resolves: a new object, permission or channel can fix a failed build.
      for (const folder of ["objects", "customPermissions", "messageChannels"])
        this.addWatchFile(path.join(metaFolder, folder));
      if (fs.existsSync(catalog.translationsFolder)) {
        for (const n of fs.readdirSync(catalog.translationsFolder))
          this.addWatchFile(path.join(catalog.translationsFolder, n));
      }
    },

    resolveId(source, importer) {
      if (source.startsWith(VIRTUAL)) return source;
      // The preview's own generated modules: the label catalog and the components to place.
      if (source === "accord-preview:labels" || source === "accord-preview:components") {
        return `${VIRTUAL}${source.slice("accord-preview:".length)}:`;
      }
      const [namespace, ...rest] = source.split("/");
      const tail = rest.join("/");
      if (namespace === "c" && rest.length === 1) return componentId(this, lwcFolder, "c", tail, source, importer);
      if (namespace === "preview" && rest.length === 1)
        return componentId(this, appFolder, "preview", tail, source, importer);
      if (STUBBED_MODULES[source]) return path.join(STUBS, STUBBED_MODULES[source]);
      if (source === "@salesforce/apex") return APEX_RUNTIME;
      if (namespace !== "@salesforce") return null;

      const [kind, ...nameParts] = rest;
      const name = nameParts.join("/");
      switch (kind) {
        case "apex":
          if (!apexMethods.has(name)) {
            return fail(this, source, importer, `${name} is not a method of ApexContract in src/core/api.ts`);
          }
          return `${VIRTUAL}apex:${name}`;
        case "label":
          // Base components import their own labels (LightningX.y); the package maps those itself.
          if (!name.startsWith("c.")) return null;
          if (!(name.slice(2) in catalog.en)) {
            return fail(
              this,
              source,
              importer,
              `no custom label ${name.slice(2)} in ${path.relative(root, catalog.labelsFile)}`
            );
          }
          return `${VIRTUAL}label:${name.slice(2)}`;
        case "schema": {
          const problem = checkSchemaReference(schema, name);
          return problem ? fail(this, source, importer, problem) : `${VIRTUAL}schema:${name}`;
        }
        case "user":
          return name in USER_FIELDS
            ? `${VIRTUAL}user:${name}`
            : fail(this, source, importer, "the preview user has only Id and isGuest");
        case "i18n":
          return RUNTIME_I18N.has(name) ? `${VIRTUAL}i18n:${name}` : null;
        case "gate":
          return CLOSED_GATES.has(name) ? `${VIRTUAL}closedGate:${name}` : null;
        case "client":
          return name === "formFactor" ? `${VIRTUAL}formFactor` : null;
        case "customPermission": {
          const known = folderNames(path.join(metaFolder, "customPermissions"), ".customPermission-meta.xml");
          if (!known.has(name)) {
            return fail(
              this,
              source,
              importer,
              `no custom permission ${name} in force-app/main/default/customPermissions`
            );
          }
          return `${VIRTUAL}customPermission:${name}`;
        }
        case "messageChannel": {
          // Imported as Name__c, stored as messageChannels/Name.messageChannel-meta.xml (as in an org).
          const known = folderNames(path.join(metaFolder, "messageChannels"), ".messageChannel-meta.xml");
          if (!name.endsWith("__c") || !known.has(name.slice(0, -"__c".length))) {
            return fail(
              this,
              source,
              importer,
              `no message channel ${name.replace(/__c$/, "")}.messageChannel-meta.xml in force-app/main/default/messageChannels`
            );
          }
          return `${VIRTUAL}messageChannel:${name}`;
        }
        default:
          // Base components' own @salesforce/* imports (gate, accessCheck, internal…) are mapped by their package.
          return null;
      }
    },

    load(id) {
      if (!id.startsWith(VIRTUAL)) {
        // Watch a component's template and stylesheet too, including ones created after the first build.
        const file = id.split("?")[0];
        if (file.endsWith(".js") && (file.startsWith(lwcFolder) || file.startsWith(appFolder))) {
          const base = file.slice(0, -3);
          this.addWatchFile(`${base}.html`);
          this.addWatchFile(`${base}.css`);
        }
        return null;
      }
      const [kind, ...nameParts] = id.slice(VIRTUAL.length).split(":");
      const name = nameParts.join(":");
      const runtime = `import * as runtime from ${json(RUNTIME)};\n`;
      switch (kind) {
        case "apex":
          return `import { apexMethod } from ${json(APEX_RUNTIME)};\nexport default apexMethod(${json(name)});\n`;
        case "label":
          return `${runtime}export default runtime.label(${json(name)});\n`;
        case "labels":
          return `export default ${json({ en_US: catalog.en, ...catalog.translations })};\n`;
        case "schema": {
          const [objectApiName, ...fieldPath] = name.split(".");
          const value = fieldPath.length ? { objectApiName, fieldApiName: fieldPath.join(".") } : { objectApiName };
          return `export default ${json(value)};\n`;
        }
        case "user":
          return `${runtime}export default runtime.user[${json(USER_FIELDS[name])}];\n`;
        case "i18n":
          return `${runtime}export default runtime.i18n[${json(name)}];\n`;
        case "formFactor":
          return `${runtime}export default runtime.formFactor;\n`;
        case "customPermission":
          return `${runtime}export default runtime.hasCustomPermission(${json(name)});\n`;
        case "closedGate":
          return "export default { isOpen: () => false };\n";
        case "messageChannel":
          return `export default ${json({ channelName: name })};\n`;
        case "components":
          this.addWatchFile(lwcFolder);
          return componentsModule(lwcFolder);
        default:
          return this.error(`Unknown preview module ${id.slice(1)}`);
      }
    }
  };
}

module.exports = { salesforceModules, VIRTUAL };
