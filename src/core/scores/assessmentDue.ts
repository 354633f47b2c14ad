/**
 * When an account's collaboration assessments are due, and whether the reminder job reminds its team today
 * (mirrored by Apex AccordAssessmentDue; vectors in spec/assessment-due.json).
 *
 * Rules:
 * - cadenceMonths is the country's review cadence (Country_Setting__mdt, 1-60); null when the account's country has
 *   no setting: nothing is due and nobody is reminded.
 * - dueOn = the latest submitted assessment's date + cadence (calendar months, the day clamped to the month's end as
 *   Apex Date.addMonths does). Never assessed: the last reminder + cadence, or today when never reminded.
 * - due = today ≥ dueOn; remind = due and not yet reminded for this due date (lastRemindedOn null or before dueOn):
 *   one reminder per due date, however often the job runs.
 */
import { fail, requireNumber } from "../input";
import { addMonths } from "./stakeholderCoverage";

export interface AssessmentDueInput {
  today: string;
  cadenceMonths: number | null;
  lastSubmittedOn: string | null;
  lastRemindedOn: string | null;
}

export interface AssessmentDue {
  dueOn: string | null;
  due: boolean;
  remind: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assessmentDue(input: AssessmentDueInput): AssessmentDue {
  const today = requireDate(input.today, "today");
  const lastSubmittedOn = optionalDate(input.lastSubmittedOn, "lastSubmittedOn");
  const lastRemindedOn = optionalDate(input.lastRemindedOn, "lastRemindedOn");
  if (input.cadenceMonths === null) return { dueOn: null, due: false, remind: false };
  const cadence = requireNumber(input.cadenceMonths, "cadenceMonths", { min: 1, max: 60, integer: true });
  let dueOn: string;
  if (lastSubmittedOn !== null) dueOn = addMonths(lastSubmittedOn, cadence);
  else dueOn = lastRemindedOn !== null ? addMonths(lastRemindedOn, cadence) : today;
  const due = today >= dueOn;
  return { dueOn, due, remind: due && (lastRemindedOn === null || lastRemindedOn < dueOn) };
}

function requireDate(value: unknown, field: string): string {
  const valid = typeof value === "string" && ISO_DATE.test(value) && addMonths(value, 0) === value;
  if (!valid) fail("INVALID_DATE", `${field} must be a date written YYYY-MM-DD (got ${JSON.stringify(value)}).`);
  return value as string;
}

function optionalDate(value: unknown, field: string): string | null {
  return value === null || value === undefined ? null : requireDate(value, field);
}
