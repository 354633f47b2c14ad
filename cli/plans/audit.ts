/**
 * The integrity audit of one signed plan: the canonical content is rebuilt from the plan's records with
 * src/core's planFingerprint (the function the components and the spec vectors use) and compared with the
 * stored Content_Hash__c and with the hash each party signed for the plan's current version.
 */
import type { PlanDto } from "../../src/core/contract";
import { planFingerprint } from "../../src/core/plan/fingerprint";
import { PARTIES } from "../../src/core/values";

export type MismatchKind =
  /** Content_Hash__c differs from the fingerprint of the content. */
  | "STORED_HASH_DIFFERS"
  /** A party's signature of the current version holds another hash than the content's. */
  | "SIGNATURE_HASH_DIFFERS"
  /** No live (not superseded) signature of the current version by this party. */
  | "SIGNATURE_MISSING"
  /** The content cannot be fingerprinted (e.g. a broken character, a need linked to a missing initiative). */
  | "CONTENT_UNREADABLE";

export interface Mismatch {
  planId: string;
  accountName: string;
  status: string;
  version: number;
  /** "plan" for the stored hash and the content itself, else the signing party. */
  party: string;
  kind: MismatchKind;
  expected: string | null;
  found: string | null;
  message: string;
}

export interface PlanAudit {
  fingerprint: string | null;
  mismatches: Mismatch[];
}

function short(hash: string | null): string {
  return hash ? hash.slice(0, 12) : "(none)";
}

export function auditPlan(plan: PlanDto): PlanAudit {
  const where = {
    planId: String(plan.id ?? ""),
    accountName: plan.accountName ?? "",
    status: plan.status,
    version: plan.version
  };
  let fingerprint: string;
  try {
    fingerprint = planFingerprint(plan);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      fingerprint: null,
      mismatches: [{ ...where, party: "plan", kind: "CONTENT_UNREADABLE", expected: null, found: null, message }]
    };
  }
  const mismatches: Mismatch[] = [];
  if (plan.contentHash !== fingerprint) {
    mismatches.push({
      ...where,
      party: "plan",
      kind: "STORED_HASH_DIFFERS",
      expected: fingerprint,
      found: plan.contentHash,
      message: `stored hash ${short(plan.contentHash)} ≠ content ${short(fingerprint)}`
    });
  }
  for (const party of PARTIES) {
    const signature = plan.signatures.find((s) => s.party === party && s.planVersion === plan.version && !s.superseded);
    if (!signature) {
      mismatches.push({
        ...where,
        party,
        kind: "SIGNATURE_MISSING",
        expected: fingerprint,
        found: null,
        message: `no ${party} signature of version ${plan.version}`
      });
    } else if (signature.contentHash !== fingerprint) {
      mismatches.push({
        ...where,
        party,
        kind: "SIGNATURE_HASH_DIFFERS",
        expected: fingerprint,
        found: signature.contentHash,
        message: `${party} signed ${short(signature.contentHash)} ≠ content ${short(fingerprint)}`
      });
    }
  }
  return { fingerprint, mismatches };
}
