/**
 * Custom metadata records as Metadata API files (the .zip a deployRequest takes): customMetadata/<Type>.<Name>.md
 * and a package.xml listing them. Values are typed as the field kinds of src/core's CONFIGURATION_TYPES declare
 * (numbers xsd:double, everything else xsd:string, empty as xsi:nil), text escaped for XML.
 */
import JSZip from "jszip";
import { configurationType, type ConfigurationRecord } from "../../src/core/config/metadataTypes";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export const fullName = (record: ConfigurationRecord) => `${record.type}.${record.developerName}`;

export function customMetadataXml(record: ConfigurationRecord): string {
  const spec = configurationType(record.type);
  if (!spec) throw new Error(`unknown configuration type ${record.type}`);
  const values = spec.fields.map((field) => {
    const value = record.values[field.name];
    const content =
      value === null || value === undefined || value === ""
        ? `<value xsi:nil="true"/>`
        : `<value xsi:type="xsd:${field.kind === "Number" ? "double" : "string"}">${escapeXml(value)}</value>`;
    return `    <values>\n        <field>${field.name}</field>\n        ${content}\n    </values>\n`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n` +
    `    <label>${escapeXml(record.label)}</label>\n    <protected>false</protected>\n` +
    values.join("") +
    `</CustomMetadata>\n`
  );
}

export function packageXml(records: ConfigurationRecord[], apiVersion: string): string {
  const members = records.map((r) => `        <members>${escapeXml(fullName(r))}</members>\n`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<Package xmlns="http://soap.sforce.com/2006/04/metadata">\n` +
    `    <types>\n${members}        <name>CustomMetadata</name>\n    </types>\n    <version>${apiVersion}</version>\n</Package>\n`
  );
}

export async function deploymentZip(records: ConfigurationRecord[], apiVersion: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("package.xml", packageXml(records, apiVersion));
  for (const record of records) zip.file(`customMetadata/${fullName(record)}.md`, customMetadataXml(record));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
