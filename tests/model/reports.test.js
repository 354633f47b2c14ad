"use strict";
// Reports, report types and the dashboard reference only what exists: every report type joins through a child
// relationship the objects declare and lists fields of the object at that step; every report uses a report type
// of the package and only the columns that report type offers; every dashboard component names a report of the
// package and summarises or groups by that report's columns. The last tests prove each check reports a broken copy.

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { XMLParser } = require("fast-xml-parser");
const { DEFAULT, loadModel } = require("./objectModel");

const REPEATED = new Set([
  "sections",
  "columns",
  "groupingsDown",
  "chartSummaries",
  "chartSummary",
  "groupingColumn",
  "dashboardGridComponents"
]);
const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => REPEATED.has(name) });
// Standard fields every object offers to report types (Name: the record name, auto-number or text).
const STANDARD = new Set([
  "Id",
  "Name",
  "CreatedDate",
  "CreatedById",
  "LastModifiedDate",
  "LastModifiedById",
  "OwnerId"
]);
const STANDARD_ACCOUNT_FIELDS = new Set(["Name", "BillingCountry", "Type", "Industry"]);

const filesUnder = (dir, suffix) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true })
        .filter((f) => f.endsWith(suffix))
        .map((f) => path.join(dir, f))
    : [];
const nameOf = (file, suffix) => path.basename(file).slice(0, -suffix.length);

function loadAnalytics(root = DEFAULT) {
  const read = (file) => parser.parse(fs.readFileSync(file, "utf8"));
  const reportTypes = new Map(
    filesUnder(path.join(root, "reportTypes"), ".reportType-meta.xml").map((f) => [
      nameOf(f, ".reportType-meta.xml"),
      read(f).ReportType
    ])
  );
  const reports = new Map(
    filesUnder(path.join(root, "reports"), ".report-meta.xml").map((f) => [
      path.relative(path.join(root, "reports"), f).slice(0, -".report-meta.xml".length),
      read(f).Report
    ])
  );
  const dashboards = new Map(
    filesUnder(path.join(root, "dashboards"), ".dashboard-meta.xml").map((f) => [
      nameOf(f, ".dashboard-meta.xml"),
      read(f).Dashboard
    ])
  );
  return { reportTypes, reports, dashboards };
}

/** The object a child relationship (e.g. Customer_Needs__r) of `parent` leads to, or null. */
function childObject(objects, parent, relationship) {
  for (const o of objects.values()) {
    for (const field of o.fields.values()) {
      if (
        (field.type === "MasterDetail" || field.type === "Lookup") &&
        field.referenceTo === parent &&
        `${field.relationshipName}__r` === relationship
      ) {
        return o.name;
      }
    }
  }
  return null;
}

/** table path (Account.Accord_Collaboration_Results__r) → object, following the report type's join chain. */
function tablesOf(objects, reportType) {
  const tables = new Map([[reportType.baseObject, reportType.baseObject]]);
  const problems = [];
  let join = reportType.join;
  let table = reportType.baseObject;
  let object = reportType.baseObject;
  while (join) {
    const child = childObject(objects, object, join.relationship);
    if (!child) {
      problems.push(`${object} has no child relationship ${join.relationship}`);
      break;
    }
    table = `${table}.${join.relationship}`;
    object = child;
    tables.set(table, object);
    join = join.join;
  }
  return { tables, problems };
}

function fieldExists(objects, object, field) {
  if (STANDARD.has(field)) return true;
  if (object === "Account" && STANDARD_ACCOUNT_FIELDS.has(field)) return true;
  const o = objects.get(object);
  return Boolean(o && o.fields.has(field));
}

/** Report type problems, and the columns each offers ("table$Field"). */
function checkReportTypes(objects, reportTypes) {
  const problems = [];
  const offered = new Map();
  for (const [name, rt] of reportTypes) {
    const { tables, problems: joinProblems } = tablesOf(objects, rt);
    problems.push(...joinProblems.map((p) => `report type ${name}: ${p}`));
    const columns = new Set();
    for (const section of rt.sections || []) {
      for (const column of section.columns || []) {
        const object = tables.get(column.table);
        if (!object) problems.push(`report type ${name}: table ${column.table} is not in its join chain`);
        else if (!fieldExists(objects, object, column.field)) {
          problems.push(`report type ${name}: ${object} has no field ${column.field}`);
        } else columns.add(`${column.table}$${column.field}`);
      }
    }
    offered.set(name, columns);
  }
  return { problems, offered };
}

function fieldsUsedBy(report) {
  return [
    ...(report.columns || []).map((c) => c.field),
    ...(report.groupingsDown || []).map((g) => g.field),
    ...((report.chart && report.chart.chartSummaries) || []).map((s) => s.column),
    ...((report.chart && report.chart.groupingColumn) || [])
  ].filter((f) => f !== "RowCount");
}

function checkReports(reports, offered) {
  const problems = [];
  for (const [name, report] of reports) {
    const type = String(report.reportType).replace(/__c$/, "");
    const columns = offered.get(type);
    if (!columns) {
      problems.push(`report ${name}: report type ${report.reportType} is not in reportTypes/`);
      continue;
    }
    for (const field of fieldsUsedBy(report)) {
      if (!columns.has(field)) problems.push(`report ${name}: ${field} is not a column of ${type}`);
    }
  }
  return problems;
}

function checkDashboards(dashboards, reports) {
  const problems = [];
  for (const [name, dashboard] of dashboards) {
    const components = ((dashboard.dashboardGridLayout || {}).dashboardGridComponents || []).map(
      (c) => c.dashboardComponent
    );
    if (components.length === 0) problems.push(`dashboard ${name}: no components`);
    for (const component of components) {
      const report = reports.get(component.report);
      if (!report) {
        problems.push(`dashboard ${name}: report ${component.report} is not in reports/`);
        continue;
      }
      const usable = new Set(fieldsUsedBy(report));
      const groupings = new Set((report.groupingsDown || []).map((g) => g.field));
      for (const summary of component.chartSummary || []) {
        if (summary.column !== "RowCount" && !usable.has(summary.column)) {
          problems.push(`dashboard ${name}: ${summary.column} is not a column of ${component.report}`);
        }
      }
      for (const grouping of component.groupingColumn || []) {
        if (!groupings.has(grouping)) {
          problems.push(`dashboard ${name}: ${grouping} is not a grouping of ${component.report}`);
        }
      }
    }
  }
  return problems;
}

function checkAll(objects, analytics) {
  const { problems, offered } = checkReportTypes(objects, analytics.reportTypes);
  return [
    ...problems,
    ...checkReports(analytics.reports, offered),
    ...checkDashboards(analytics.dashboards, analytics.reports)
  ];
}

const model = loadModel();
const analytics = loadAnalytics();

test("the package has the report types, the five reports and the dashboard the issue names", () => {
  assert.deepEqual([...analytics.reportTypes.keys()].sort(), [
    "Accord_Accounts_Collaboration_Results",
    "Accord_Plans",
    "Accord_Plans_Initiatives_Commitments",
    "Accord_Plans_with_Needs"
  ]);
  assert.deepEqual([...analytics.reports.values()].map((r) => r.name).sort(), [
    "Customer vs internal index by country",
    "Delivery rate by party",
    "Needs by decision and theme",
    "Plans by status and period",
    "Roadblocks by dimension"
  ]);
  assert.deepEqual(
    [...analytics.dashboards.values()].map((d) => d.title),
    ["Accord — Key Account Management"]
  );
});

test("report types, reports and dashboard components reference only existing objects, fields and columns", () => {
  assert.deepEqual(checkAll(model.objects, analytics), []);
});

test("the dashboard sets the customer index and the internal index side by side", () => {
  const [dashboard] = analytics.dashboards.values();
  const external = dashboard.dashboardGridLayout.dashboardGridComponents
    .map((c) => c.dashboardComponent)
    .find((c) => c.report === "Accord_Reports/Customer_vs_Internal_Index_by_Country");
  assert.equal(external.componentType, "ColumnGrouped");
  assert.deepEqual(
    external.chartSummary.map((s) => s.column.split("$")[1]),
    ["Customer_Index__c", "Internal_Index__c"]
  );
});

test("the checks report a join, a field, a report column and a dashboard column that do not exist", () => {
  const copy = structuredClone(analytics);
  const rt = copy.reportTypes.get("Accord_Plans_with_Needs");
  rt.join.relationship = "Needs__r";
  copy.reportTypes.get("Accord_Plans").sections[0].columns[1].field = "Stage__c";
  const report = copy.reports.get("Accord_Reports/Roadblocks_by_Dimension");
  report.columns[0].field = "Account.Accord_Collaboration_Results__r$Gap_Size__c";
  const [dashboard] = copy.dashboards.values();
  dashboard.dashboardGridLayout.dashboardGridComponents[0].dashboardComponent.groupingColumn = ["Account$Name"];
  const problems = checkAll(model.objects, copy);
  assert.ok(
    problems.includes(
      "report type Accord_Plans_with_Needs: Customer_Account_Plan__c has no child relationship Needs__r"
    ),
    problems.join("\n")
  );
  assert.ok(
    problems.includes("report type Accord_Plans: Customer_Account_Plan__c has no field Stage__c"),
    problems.join("\n")
  );
  assert.ok(
    problems.includes(
      "report Accord_Reports/Roadblocks_by_Dimension: Account.Accord_Collaboration_Results__r$Gap_Size__c is not a column of Accord_Accounts_Collaboration_Results"
    ),
    problems.join("\n")
  );
  assert.ok(
    problems.includes(
      "dashboard Accord_Key_Account_Management: Account$Name is not a grouping of Accord_Reports/Customer_vs_Internal_Index_by_Country"
    ),
    problems.join("\n")
  );
});
