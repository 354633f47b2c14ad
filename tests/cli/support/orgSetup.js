"use strict";
// Records of an org where Accord is deployed and set up, for the loopback org: the package's and the starter's
// custom metadata (read from force-app and config/starter, relationship fields as Ids of the referenced
// records), the permission sets with assignments, active translations, the nightly job, the bypass permission.

const path = require("node:path");
const { readCustomMetadataRecords } = require("../../../preview/server/configuration");
const { loadSchema } = require("./fakeOrg");

const ROOT = path.join(__dirname, "../../..");
const FOLDERS = [
  path.join(ROOT, "force-app/main/default/customMetadata"),
  path.join(ROOT, "config/starter/customMetadata")
];

/** { "<Type>__mdt" → records } with Ids, relationship fields pointing at the referenced record's Id. */
function configurationRecords() {
  const schema = loadSchema();
  const byType = {};
  let n = 0;
  const all = readCustomMetadataRecords(FOLDERS).map((r) => ({
    object: `${r.type}__mdt`,
    record: {
      Id: `m0${String(++n).padStart(13, "0")}AAA`,
      DeveloperName: r.developerName,
      MasterLabel: r.label,
      ...r.fields
    }
  }));
  for (const { object, record } of all) {
    for (const [field, parentObject] of Object.entries(schema[object].lookups)) {
      if (record[field] === null || record[field] === undefined) continue;
      const parent = all.find((x) => x.object === parentObject && x.record.DeveloperName === record[field]);
      record[field] = parent ? parent.record.Id : `m0MISSING${record[field]}`;
    }
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === "string" && /^-?\d+$/.test(value) && key !== "DeveloperName" && key !== "MasterLabel") {
        record[key] = Number(value); // numbers come back as JSON numbers
      }
    }
    (byType[object] ??= []).push(record);
  }
  return byType;
}

const LANGUAGES_OF_PACKAGE = ["de", "fr", "es", "it", "ja", "ko", "zh_CN"];

/** A ready org: every check of `accord doctor` passes. */
function readyOrgRecords() {
  const users = [
    { Id: "005000000000001AAA", Name: "Ada Admin", Username: "ada@example.com", IsActive: true },
    { Id: "005000000000002AAA", Name: "Max Manager", Username: "max@example.com", IsActive: true }
  ];
  const permissionSets = ["Accord_Admin", "Accord_Plan_Manager", "Accord_User"].map((name, i) => ({
    Id: `0PS00000000000${i}AAA`,
    Name: name,
    Label: name.replace(/_/g, " "),
    IsOwnedByProfile: false
  }));
  return {
    ...configurationRecords(),
    User: users,
    PermissionSet: permissionSets,
    PermissionSetAssignment: permissionSets.map((ps, i) => ({
      Id: `0Pa00000000000${i}AAA`,
      AssigneeId: users[i % 2].Id,
      PermissionSetId: ps.Id
    })),
    Translation: LANGUAGES_OF_PACKAGE.map((language, i) => ({
      Id: `0Tr00000000000${i}AAA`,
      Language: language,
      IsActive: true
    })),
    CronJobDetail: [{ Id: "08a000000000001AAA", Name: "Accord score recompute", JobType: "7" }],
    CronTrigger: [
      {
        Id: "08e000000000001AAA",
        State: "WAITING",
        NextFireTime: "2026-01-16T02:00:00.000+0000",
        CronExpression: "0 0 2 * * ?",
        CronJobDetailId: "08a000000000001AAA"
      }
    ],
    CustomPermission: [{ Id: "0CP000000000001AAA", DeveloperName: "Accord_Bypass_Triggers", MasterLabel: "Bypass" }],
    SetupEntityAccess: []
  };
}

module.exports = { configurationRecords, readyOrgRecords, LANGUAGES_OF_PACKAGE };
