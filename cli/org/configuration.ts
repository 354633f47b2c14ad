/**
 * The org's configuration (custom metadata) as src/core ConfigurationRecords: one query per type of
 * CONFIGURATION_TYPES (the one declaration of types and fields), relationship fields read as the referenced
 * record's DeveloperName, numbers as text, as in a CSV row or a .md-meta.xml file.
 */
import { CONFIGURATION_TYPES, type ConfigurationRecord } from "../../src/core/config/metadataTypes";
import type { OrgClient } from "./client";

type Row = Record<string, unknown>;

function relationshipPath(field: string): string {
  return `${field.replace(/__c$/, "__r")}.DeveloperName`;
}

function text(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  return typeof value === "number" ? String(value) : String(value);
}

export async function readConfigurationRecords(client: OrgClient): Promise<ConfigurationRecord[]> {
  const records: ConfigurationRecord[] = [];
  for (const type of CONFIGURATION_TYPES) {
    const columns = type.fields.map((f) => (f.kind === "MetadataRelationship" ? relationshipPath(f.name) : f.name));
    const soql = `SELECT DeveloperName, MasterLabel, ${columns.join(", ")} FROM ${type.name}__mdt`;
    for (const row of await client.queryAll<Row>(soql, `Reading ${type.name}__mdt`)) {
      const values: Record<string, string | null> = {};
      for (const field of type.fields) {
        if (field.kind === "MetadataRelationship") {
          const parent = row[field.name.replace(/__c$/, "__r")] as Row | null | undefined;
          values[field.name] = text(parent?.DeveloperName);
        } else values[field.name] = text(row[field.name]);
      }
      records.push({
        type: type.name,
        developerName: String(row.DeveloperName),
        label: String(row.MasterLabel),
        values
      });
    }
  }
  return records;
}
