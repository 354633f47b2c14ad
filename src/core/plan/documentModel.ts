/**
 * The customer document's content model (spec/customer-document.json, defined in spec/README.md): what the
 * customer reads on screen (c/accordPlanDocument) and in the PDF (AccordPlanDocumentController, through its
 * Apex port AccordDocumentModel), so the two cannot drift. It carries values, codes and keys, never labels:
 * each view turns codes into labels in its language and formats dates its own way.
 * - sections in their order; the initiatives section only when the plan has initiatives, the outcomes section
 *   (each initiative's success and each commitment's outcome, the delivery and success rates of scores/delivery.ts,
 *   the customer's feedback) only when it has initiatives and is Under Review or Closed; the partnership section
 *   (how the customer rated the partnership: their own answers, from the collaboration survey, scores/customerView.ts)
 *   whenever it is Under Review or Closed (each view leaves it out when the customer has not answered);
 * - needs grouped by decision in DOCUMENT_NEED_GROUPS order (a group without needs is left out; a need whose
 *   decision is none of these is in no group), each group in canonical order (Sequence, then Key);
 * - initiatives in canonical order, each with its commitments per party (PARTIES order), canonical order;
 * - the signatures of the current version that are not superseded, in the order the plan lists them;
 * - blank: a value that is null or empty after platformTrim is null in the model; the views print "Not set"
 *   for a blank period date, goal, initiative field, commitment field or signature field, and leave out a
 *   blank "raised by", rationale or linked initiative title;
 * - the fingerprint: the stored one, the one recomputed from the content shown, and whether they agree.
 * The document refuses nothing: it shows what the plan holds, even content the rules cannot read.
 */
import type { PlanDto } from "../contract";
import type { NeedDecision, Party, PlanStatus } from "../values";
import { planFingerprint } from "./fingerprint";
import { bySequenceThenKey } from "./order";
import { hasText } from "./trim";
import { PARTIES } from "../values";

/** The document's sections, in the order both views print them. */
export const DOCUMENT_SECTIONS = [
  "HEADER",
  "GOALS",
  "NEEDS",
  "INITIATIVES",
  "OUTCOMES",
  "PARTNERSHIP",
  "SIGNATURES",
  "FINGERPRINT"
] as const;
export type DocumentSection = (typeof DOCUMENT_SECTIONS)[number];

/** The need groups, in the order the document prints them. */
export const DOCUMENT_NEED_GROUPS = [
  "Commit",
  "Defer",
  "Decline",
  "Pending"
] as const satisfies readonly NeedDecision[];

/**
 * VERIFIED: recomputed equals stored; MISMATCH: they differ; NOT_COMPUTED: nothing stored yet;
 * UNREADABLE: stored, but the content cannot be recomputed (the rules refuse it).
 */
export type DocumentFingerprintStatus = "VERIFIED" | "MISMATCH" | "NOT_COMPUTED" | "UNREADABLE";

export interface DocumentNeed {
  key: string;
  verbatim: string;
  raisedByName: string | null;
  rationale: string | null;
  /** The title of the initiative the need is committed to (null without one, or when blank). */
  initiativeTitle: string | null;
}

export interface DocumentNeedGroup {
  decision: NeedDecision;
  needs: DocumentNeed[];
}

export interface DocumentCommitment {
  key: string;
  description: string | null;
  ownerName: string | null;
  dueDate: string | null;
}

export interface DocumentPartyCommitments {
  party: Party;
  commitments: DocumentCommitment[];
}

export interface DocumentInitiative {
  key: string;
  title: string | null;
  successMeasure: string | null;
  targetDate: string | null;
  parties: DocumentPartyCommitments[];
}

export interface DocumentSignature {
  party: Party;
  planVersion: number;
  signerName: string | null;
  signedAt: string | null;
  method: string | null;
}

export interface DocumentFingerprint {
  stored: string | null;
  recomputed: string | null;
  status: DocumentFingerprintStatus;
}

export interface CustomerDocument {
  sections: DocumentSection[];
  /** The plan's language (Plan_Language__c), "en" when blank. */
  language: string;
  accountName: string | null;
  /** The plan's status, "Draft" when blank. */
  status: PlanStatus;
  version: number;
  periodStart: string | null;
  periodEnd: string | null;
  customerGoals: string | null;
  needGroups: DocumentNeedGroup[];
  initiatives: DocumentInitiative[];
  signatures: DocumentSignature[];
  fingerprint: DocumentFingerprint;
}

/** The value, or null when it is blank (null, or empty after platformTrim). */
function orBlank(value: string | null | undefined): string | null {
  return value === null || value === undefined || !hasText(value) ? null : value;
}

function listOf<T>(value: T[] | null | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

function recompute(plan: PlanDto): string | null {
  try {
    return planFingerprint(plan);
  } catch {
    return null;
  }
}

function fingerprintOf(plan: PlanDto): DocumentFingerprint {
  const stored = orBlank(plan.contentHash);
  const recomputed = recompute(plan);
  let status: DocumentFingerprintStatus;
  if (stored === null) status = "NOT_COMPUTED";
  else if (recomputed === null) status = "UNREADABLE";
  else status = recomputed === stored ? "VERIFIED" : "MISMATCH";
  return { stored, recomputed, status };
}

/** The review's outcomes are shown once the review has started: the plan is under review or closed. */
const REVIEWED_STATUSES: readonly string[] = ["Under Review", "Closed"] satisfies PlanStatus[];

/** Initiatives and outcomes only with initiatives; outcomes and partnership only once the review has started. */
function hasSection(section: DocumentSection, plan: PlanDto, initiatives: number): boolean {
  if (section === "INITIATIVES") return initiatives > 0;
  if (section === "OUTCOMES") return initiatives > 0 && REVIEWED_STATUSES.includes(plan.status);
  if (section === "PARTNERSHIP") return REVIEWED_STATUSES.includes(plan.status);
  return true;
}

/** The customer document of a plan (see the module comment; spec/README.md "Customer document"). */
export function customerDocument(plan: PlanDto): CustomerDocument {
  const initiatives = bySequenceThenKey(listOf(plan.initiatives));
  const titles = new Map<string, string | null>();
  for (const initiative of initiatives) titles.set(initiative.key, orBlank(initiative.title));
  const needs = bySequenceThenKey(listOf(plan.needs));
  const needGroups = DOCUMENT_NEED_GROUPS.map((decision) => ({
    decision,
    needs: needs
      .filter((need) => need.decision === decision)
      .map((need) => ({
        key: need.key,
        verbatim: need.verbatim ?? "",
        raisedByName: orBlank(need.raisedByName),
        rationale: orBlank(need.decisionRationale),
        initiativeTitle: need.initiativeKey == null ? null : (titles.get(need.initiativeKey) ?? null)
      }))
  })).filter((group) => group.needs.length > 0);
  return {
    sections: DOCUMENT_SECTIONS.filter((section) => hasSection(section, plan, initiatives.length)),
    language: orBlank(plan.planLanguage) ?? "en",
    accountName: plan.accountName ?? null,
    status: (orBlank(plan.status) ?? "Draft") as PlanStatus,
    version: plan.version,
    periodStart: orBlank(plan.periodStart),
    periodEnd: orBlank(plan.periodEnd),
    customerGoals: orBlank(plan.customerGoals),
    needGroups,
    initiatives: initiatives.map((initiative) => {
      const commitments = bySequenceThenKey(listOf(initiative.commitments));
      return {
        key: initiative.key,
        title: orBlank(initiative.title),
        successMeasure: orBlank(initiative.successMeasure),
        targetDate: orBlank(initiative.targetDate),
        parties: PARTIES.map((party) => ({
          party,
          commitments: commitments
            .filter((commitment) => commitment.party === party)
            .map((commitment) => ({
              key: commitment.key,
              description: orBlank(commitment.description),
              ownerName: orBlank(commitment.ownerName),
              dueDate: orBlank(commitment.dueDate)
            }))
        }))
      };
    }),
    signatures: listOf(plan.signatures)
      .filter((signature) => signature.superseded !== true && signature.planVersion === plan.version)
      .map((signature) => ({
        party: signature.party,
        planVersion: signature.planVersion,
        signerName: orBlank(signature.signerName),
        signedAt: orBlank(signature.signedAt),
        method: orBlank(signature.method)
      })),
    fingerprint: fingerprintOf(plan)
  };
}
