/**
 * Plans read from the org in one query: the plan with its needs, initiatives (with their commitments) and
 * signatures as relationship subqueries (nested parent-to-child subqueries need API 58.0+), selecting exactly
 * the fields src/core/planFields.ts declares, and mapped to PlanDto the way AccordPlanMapper does (numbers to
 * whole numbers, a need's initiative by the initiative's Key__c, superseded as a boolean), so src/core's
 * planFingerprint sees what the components and Apex see.
 */
import type { CommitmentDto, InitiativeDto, NeedDto, PlanDto, SignatureDto } from "../../src/core/contract";
import { PLAN_FIELDS } from "../../src/core/planFields";

type SObject = Record<string, unknown>;
type FieldList = readonly { readonly property: string | null; readonly field: string }[];

/** Child relationship names (the relationshipName of each master-detail field, with __r). */
export const CHILDREN = {
  needs: "Customer_Needs__r",
  initiatives: "Plan_Initiatives__r",
  commitments: "Plan_Commitments__r",
  signatures: "Plan_Signatures__r"
} as const;

/** Fields a child subquery selects: the declared ones, minus those that only group records by parent. */
function selected(fields: FieldList, parentFields: readonly string[]): string[] {
  return fields.map((f) => f.field).filter((field) => !parentFields.includes(field));
}

export function quote(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/** SOQL for plans in the given statuses (and optionally one country), with everything the fingerprint needs. */
export function planSoql(statuses: readonly string[], countryCode?: string | null): string {
  const commitments = selected(PLAN_FIELDS.Plan_Commitment__c, ["Initiative__c", "Initiative__r.Plan__c"]);
  const initiatives = selected(PLAN_FIELDS.Plan_Initiative__c, ["Plan__c"]);
  const needs = selected(PLAN_FIELDS.Customer_Need__c, ["Plan__c"]);
  const signatures = selected(PLAN_FIELDS.Plan_Signature__c, ["Plan__c"]);
  const where = [`Status__c IN (${statuses.map(quote).join(", ")})`];
  if (countryCode) where.push(`Country_Code__c = ${quote(countryCode)}`);
  return (
    `SELECT ${PLAN_FIELDS.Customer_Account_Plan__c.map((f) => f.field).join(", ")}, ` +
    `(SELECT ${needs.join(", ")} FROM ${CHILDREN.needs}), ` +
    `(SELECT ${initiatives.join(", ")}, (SELECT ${commitments.join(", ")} FROM ${CHILDREN.commitments}) ` +
    `FROM ${CHILDREN.initiatives}), ` +
    `(SELECT ${signatures.join(", ")} FROM ${CHILDREN.signatures}) ` +
    `FROM Customer_Account_Plan__c WHERE ${where.join(" AND ")} ORDER BY Id`
  );
}

/** A field's value from a record; `Account__r.Name` walks the parent (null when the parent is null). */
function valueOf(record: SObject, field: string): unknown {
  let value: unknown = record;
  for (const part of field.split(".")) {
    if (value === null || typeof value !== "object") return null;
    value = (value as SObject)[part];
  }
  // Decimal fields hold whole numbers (Version, Sequence, Priority): Apex maps them with intValue().
  return value === undefined ? null : typeof value === "number" ? Math.trunc(value) : value;
}

function mapFields<T>(record: SObject, fields: FieldList): T {
  const dto: SObject = {};
  for (const f of fields) if (f.property !== null) dto[f.property] = valueOf(record, f.field);
  return dto as T;
}

function childRecords(record: SObject, relationship: string): SObject[] {
  const result = record[relationship] as { records?: SObject[] } | null | undefined;
  return result?.records ?? [];
}

/** The plan record with its subquery results as a PlanDto (reviews are not content: left empty). */
export function planFromRecord(record: SObject): PlanDto {
  const plan = mapFields<PlanDto>(record, PLAN_FIELDS.Customer_Account_Plan__c);
  const initiativeKeys = new Map<string, string>();
  plan.initiatives = childRecords(record, CHILDREN.initiatives).map((initiativeRecord) => {
    const initiative = mapFields<InitiativeDto>(initiativeRecord, PLAN_FIELDS.Plan_Initiative__c);
    initiativeKeys.set(String(initiativeRecord.Id), initiative.key);
    initiative.commitments = childRecords(initiativeRecord, CHILDREN.commitments).map((c) =>
      mapFields<CommitmentDto>(c, PLAN_FIELDS.Plan_Commitment__c)
    );
    return initiative;
  });
  plan.needs = childRecords(record, CHILDREN.needs).map((needRecord) => {
    const need = mapFields<NeedDto>(needRecord, PLAN_FIELDS.Customer_Need__c);
    const initiativeId = need.initiativeKey;
    need.initiativeKey = initiativeId === null ? null : (initiativeKeys.get(initiativeId) ?? null);
    return need;
  });
  plan.signatures = childRecords(record, CHILDREN.signatures).map((signatureRecord) => {
    const signature = mapFields<SignatureDto>(signatureRecord, PLAN_FIELDS.Plan_Signature__c);
    signature.superseded = signatureRecord.Superseded__c === true;
    return signature;
  });
  plan.reviews = [];
  return plan;
}
