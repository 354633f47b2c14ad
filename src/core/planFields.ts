/**
 * The fields of each plan object, declared once: every field AccordPlanMapper reads from a record (the DTO
 * property it fills, or `property: null` for a field read only to group records), in DTO order. `line` marks
 * plan content: the field's line name in the canonical text, in fingerprint order (plan, needs, initiatives,
 * commitments), so src/core/plan/fingerprint.ts writes exactly these lines.
 * Checked by checks/plan-fields.js: the mapper reads exactly these fields, every selector that feeds it
 * selects at least them (static SOQL stays static), and AccordFingerprint writes the content lines in this order.
 */
import type { CommitmentDto, InitiativeDto, NeedDto, PlanDto, ReviewDto, SignatureDto } from "./contract";

interface FieldOf<T> {
  /** The DTO property the mapper fills from the field; null when the field only groups records. */
  readonly property: (keyof T & string) | null;
  /** The field's API name, or a relationship path (Account__r.Name). */
  readonly field: string;
  /** Plan content: the line name in the canonical text (spec/README.md, accord-plan-v1). */
  readonly line?: string;
}

export const PLAN_FIELDS = {
  Customer_Account_Plan__c: [
    { property: "id", field: "Id" },
    { property: "accountId", field: "Account__c" },
    { property: "accountName", field: "Account__r.Name" },
    { property: "status", field: "Status__c" },
    { property: "version", field: "Version__c" },
    { property: "revision", field: "Revision__c" },
    { property: "contentHash", field: "Content_Hash__c" },
    { property: "periodStart", field: "Period_Start__c", line: "periodStart" },
    { property: "periodEnd", field: "Period_End__c", line: "periodEnd" },
    { property: "customerGoals", field: "Customer_Goals__c", line: "customerGoals" },
    { property: "planLanguage", field: "Plan_Language__c" },
    { property: "countryCode", field: "Country_Code__c" },
    { property: "sharedOn", field: "Shared_On__c" },
    { property: "agreedOn", field: "Agreed_On__c" },
    { property: "reopenReason", field: "Reopen_Reason__c" },
    { property: "previousPlanId", field: "Previous_Plan__c" }
  ],
  Customer_Need__c: [
    { property: null, field: "Plan__c" },
    { property: "id", field: "Id" },
    { property: "key", field: "Key__c", line: "need.key" },
    { property: "sequence", field: "Sequence__c" },
    { property: "verbatim", field: "Verbatim__c", line: "need.verbatim" },
    { property: "theme", field: "Theme__c", line: "need.theme" },
    { property: "raisedById", field: "Raised_By__c" },
    { property: "raisedByName", field: "Raised_By_Name__c", line: "need.raisedBy" },
    { property: "customerPriority", field: "Customer_Priority__c", line: "need.customerPriority" },
    { property: "decision", field: "Decision__c", line: "need.decision" },
    { property: "decisionRationale", field: "Decision_Rationale__c", line: "need.decisionRationale" },
    { property: "initiativeKey", field: "Initiative__c", line: "need.initiativeKey" }
  ],
  Plan_Initiative__c: [
    { property: null, field: "Plan__c" },
    { property: "id", field: "Id" },
    { property: "key", field: "Key__c", line: "initiative.key" },
    { property: "sequence", field: "Sequence__c" },
    { property: "title", field: "Title__c", line: "initiative.title" },
    { property: "successMeasure", field: "Success_Measure__c", line: "initiative.successMeasure" },
    { property: "targetDate", field: "Target_Date__c", line: "initiative.targetDate" },
    { property: "status", field: "Status__c" },
    { property: "successOutcome", field: "Success_Outcome__c" },
    { property: "successResult", field: "Success_Result__c" },
    { property: "customerComment", field: "Customer_Comment__c" }
  ],
  Plan_Commitment__c: [
    { property: null, field: "Initiative__c" },
    { property: null, field: "Initiative__r.Plan__c" },
    { property: "id", field: "Id" },
    { property: "key", field: "Key__c", line: "commitment.key" },
    { property: "sequence", field: "Sequence__c" },
    { property: "party", field: "Party__c", line: "commitment.party" },
    { property: "description", field: "Description__c", line: "commitment.description" },
    { property: "ownerUserId", field: "Owner_User__c" },
    { property: "ownerContactId", field: "Owner_Contact__c" },
    { property: "ownerName", field: "Owner_Name__c", line: "commitment.owner" },
    { property: "dueDate", field: "Due_Date__c", line: "commitment.dueDate" },
    { property: "status", field: "Status__c" },
    { property: "reviewOutcome", field: "Review_Outcome__c" }
  ],
  Plan_Signature__c: [
    { property: null, field: "Plan__c" },
    { property: "id", field: "Id" },
    { property: "party", field: "Party__c" },
    { property: "signerUserId", field: "Signer_User__c" },
    { property: "signerContactId", field: "Signer_Contact__c" },
    { property: "signerName", field: "Signer_Name__c" },
    { property: "planVersion", field: "Plan_Version__c" },
    { property: "contentHash", field: "Content_Hash__c" },
    { property: "signedAt", field: "Signed_At__c" },
    { property: "method", field: "Method__c" },
    { property: "evidence", field: "Evidence__c" },
    { property: "evidenceHash", field: "Evidence_Hash__c" },
    { property: "superseded", field: "Superseded__c" }
  ],
  Plan_Review__c: [
    { property: null, field: "Plan__c" },
    { property: "id", field: "Id" },
    { property: "reviewType", field: "Review_Type__c" },
    { property: "reviewDate", field: "Review_Date__c" },
    { property: "customerFeedback", field: "Customer_Feedback__c" },
    { property: "whatWorked", field: "What_Worked__c" },
    { property: "whatDidNot", field: "What_Did_Not__c" },
    { property: "whatWeWillChange", field: "What_We_Will_Change__c" }
  ]
} as const satisfies {
  Customer_Account_Plan__c: readonly FieldOf<PlanDto>[];
  Customer_Need__c: readonly FieldOf<NeedDto>[];
  Plan_Initiative__c: readonly FieldOf<InitiativeDto>[];
  Plan_Commitment__c: readonly FieldOf<CommitmentDto>[];
  Plan_Signature__c: readonly FieldOf<SignatureDto>[];
  Plan_Review__c: readonly FieldOf<ReviewDto>[];
};

type PlanObject = keyof typeof PLAN_FIELDS;
type ContentField<O extends PlanObject> = Extract<(typeof PLAN_FIELDS)[O][number], { line: string }>;

/** The content fields of one object, in fingerprint order. */
export function contentFields<O extends PlanObject>(object: O): ContentField<O>[] {
  return (PLAN_FIELDS[object] as readonly FieldOf<unknown>[]).filter(
    (field) => field.line !== undefined
  ) as ContentField<O>[];
}
