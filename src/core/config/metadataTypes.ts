/**
 * The custom metadata types of Accord's configuration and their fields: the one declaration the
 * configuration CSV (columns), the console's forms, the record checks and the Apex deployment share.
 * tests/model/configuration-types.test.js compares it with objects/<Type>__mdt/fields/*.field-meta.xml
 * (kind, length, precision, required, picklist values, referenced type), so it cannot drift from the metadata.
 *
 * Order matters: a type comes after every type it references (imports and deployments follow it).
 */
import { DIMENSION_AUDIENCES, KAM_READINESS_LEVELS, LANGUAGES } from "../values";

export type MetadataFieldKind = "Text" | "LongTextArea" | "Number" | "Picklist" | "MetadataRelationship";

export interface MetadataFieldSpec {
  /** API name, e.g. Country_Code__c. */
  name: string;
  kind: MetadataFieldKind;
  /** Must hold a value (a picklist with a default value counts as required: the platform always fills it). */
  required: boolean;
  /** Text and LongTextArea: maximum characters. */
  length?: number;
  /** Number: digits (scale 0: whole numbers from −(10^digits − 1) to 10^digits − 1). */
  digits?: number;
  /** Picklist: the allowed values (from values.ts). */
  values?: readonly string[];
  /** MetadataRelationship: the referenced type; the value is that record's DeveloperName. */
  references?: ConfigurationTypeName;
}

export interface ConfigurationTypeSpec {
  /** The type's name without __mdt (the CSV file is <name>.csv, a record's full name <name>.<DeveloperName>). */
  name: ConfigurationTypeName;
  fields: readonly MetadataFieldSpec[];
}

export type ConfigurationTypeName =
  | "Healthcare_Archetype"
  | "Selection_Criterion"
  | "Collaboration_Dimension"
  | "Accord_Scoring_Setting"
  | "Country_Setting"
  | "Archetype_Required_Role"
  | "Archetype_Criterion_Weight"
  | "Stakeholder_Role_Profile";

const longText = (name: string, length: number): MetadataFieldSpec => ({
  name,
  kind: "LongTextArea",
  required: false,
  length
});
const wholeNumber = (name: string, digits: number, required = true): MetadataFieldSpec => ({
  name,
  kind: "Number",
  required,
  digits
});
const reference = (name: string, references: ConfigurationTypeName, required = true): MetadataFieldSpec => ({
  name,
  kind: "MetadataRelationship",
  required,
  references
});

export const CONFIGURATION_TYPES: readonly ConfigurationTypeSpec[] = [
  {
    name: "Healthcare_Archetype",
    fields: [
      longText("Description__c", 2000),
      longText("Decision_Making__c", 2000),
      longText("Care_Integration__c", 2000)
    ]
  },
  {
    name: "Selection_Criterion",
    fields: [longText("Description__c", 2000), wholeNumber("Weight__c", 3), wholeNumber("Sequence__c", 3)]
  },
  {
    name: "Collaboration_Dimension",
    fields: [
      { name: "Audience__c", kind: "Picklist", required: true, values: DIMENSION_AUDIENCES },
      longText("Description__c", 2000),
      wholeNumber("Weight__c", 3),
      wholeNumber("Sequence__c", 3)
    ]
  },
  {
    name: "Accord_Scoring_Setting",
    fields: [
      wholeNumber("Minimum_Respondents__c", 3),
      wholeNumber("Tier_A_Threshold__c", 3),
      wholeNumber("Tier_B_Threshold__c", 3),
      wholeNumber("Roadblock_Score_Below__c", 3),
      wholeNumber("Roadblock_Gap_At_Least__c", 3)
    ]
  },
  {
    name: "Country_Setting",
    fields: [
      { name: "Country_Code__c", kind: "Text", required: true, length: 2 },
      reference("Archetype__c", "Healthcare_Archetype"),
      { name: "Kam_Readiness__c", kind: "Picklist", required: true, values: KAM_READINESS_LEVELS },
      longText("Pull_Through_Strategy__c", 4000),
      wholeNumber("Review_Cadence_Months__c", 2, false),
      wholeNumber("Review_Earliest_Months__c", 2, false)
    ]
  },
  {
    name: "Archetype_Required_Role",
    fields: [
      reference("Archetype__c", "Healthcare_Archetype"),
      { name: "Role_Code__c", kind: "Text", required: true, length: 40 }
    ]
  },
  {
    name: "Archetype_Criterion_Weight",
    fields: [
      reference("Archetype__c", "Healthcare_Archetype"),
      reference("Criterion__c", "Selection_Criterion"),
      wholeNumber("Weight__c", 3)
    ]
  },
  {
    name: "Stakeholder_Role_Profile",
    fields: [
      { name: "Role_Code__c", kind: "Text", required: true, length: 40 },
      { name: "Country_Code__c", kind: "Text", required: false, length: 2 },
      reference("Archetype__c", "Healthcare_Archetype", false),
      { name: "Language__c", kind: "Picklist", required: true, values: LANGUAGES },
      longText("Priorities__c", 4000),
      longText("Evidence_Needs__c", 4000),
      longText("Approach__c", 4000),
      longText("What_To_Avoid__c", 4000)
    ]
  }
];

/** The record that holds the scoring settings (Accord_Scoring_Setting.Default). */
export const SCORING_SETTINGS_RECORD = "Default";

/** The platform's DeveloperName rule: a letter first, then letters and digits, an underscore only between two of them. */
export const DEVELOPER_NAME_PATTERN = /^[A-Za-z](?:_?[A-Za-z0-9])*$/;
export const NAME_MAX_LENGTH = 40;

export function configurationType(name: string): ConfigurationTypeSpec | undefined {
  return CONFIGURATION_TYPES.find((t) => t.name === name);
}

/** A custom metadata record as text values, as in a .md-meta.xml file or a CSV row (null: empty). */
export interface ConfigurationRecord {
  type: ConfigurationTypeName;
  developerName: string;
  label: string;
  values: Record<string, string | null>;
}
