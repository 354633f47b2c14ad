import { createElement } from "lwc";
import AccordPlanReview from "c/accordPlanReview";
import { flush, byId, resetDom, expectAccessible } from "test/accordTest";

const DRAFT = require("../../accordPlanWorkspace/__tests__/data/workspaceDraft.json");
const AGREED = require("../../accordPlanWorkspace/__tests__/data/workspaceAgreed.json");
const UNDER_REVIEW = require("../../accordPlanWorkspace/__tests__/data/workspaceUnderReview.json");
const CLOSED = require("../../accordPlanWorkspace/__tests__/data/workspaceClosed.json");
const copy = (value) => JSON.parse(JSON.stringify(value));
const allById = (element, id) => Array.from(element.shadowRoot.querySelectorAll(`[data-id="${id}"]`));

function mount(workspace, props = {}) {
  const element = createElement("c-accord-plan-review", { is: AccordPlanReview });
  Object.assign(element, { plan: workspace.plan, permissions: workspace.permissions }, props);
  document.body.appendChild(element);
  return element;
}

const type = (el, value) => {
  el.value = value;
  el.dispatchEvent(new CustomEvent("change"));
};

describe("c-accord-plan-review", () => {
  afterEach(resetDom);

  it("waits for an agreed plan", async () => {
    const element = mount(DRAFT);
    await flush();
    expect(byId(element, "review-not-yet")).not.toBeNull();
    expect(byId(element, "review-start")).toBeNull();
    await expectAccessible(element);
  });

  it("shows the account's collaboration index once the plan is agreed, not before", async () => {
    const index = (element) => element.shadowRoot.querySelector("c-accord-collaboration-index");
    const draft = mount(DRAFT);
    await flush();
    expect(index(draft)).toBeNull();
    resetDom();
    const agreed = mount(AGREED);
    await flush();
    expect(index(agreed).recordId).toBe(AGREED.plan.accountId);
  });

  it("records per initiative whether success was achieved, the result and the customer's comment", async () => {
    const element = mount(UNDER_REVIEW);
    const update = jest.fn();
    element.addEventListener("initiativeupdate", update);
    await flush();
    const key = UNDER_REVIEW.plan.initiatives[0].key;
    expect(allById(element, "review-initiative")).toHaveLength(UNDER_REVIEW.plan.initiatives.length);
    expect(byId(element, "rate-initiatives").textContent).toContain(
      `0 of ${UNDER_REVIEW.plan.initiatives.length} initiatives assessed`
    );
    await expectAccessible(element);

    byId(element, "review-success").dispatchEvent(new CustomEvent("change", { detail: { value: "Partly" } }));
    expect(update.mock.calls[0][0].detail).toEqual({ key, changes: { successOutcome: "Partly" } });

    const result = byId(element, "review-success-result");
    result.value = "Befunde nach 6 Tagen im Mittel";
    result.dispatchEvent(new CustomEvent("blur"));
    expect(update.mock.calls[1][0].detail).toEqual({
      key,
      changes: { successResult: "Befunde nach 6 Tagen im Mittel" }
    });
    const comment = byId(element, "review-customer-comment");
    comment.value = "";
    comment.dispatchEvent(new CustomEvent("blur"));
    expect(update).toHaveBeenCalledTimes(2); // an empty, unchanged comment saves nothing
  });

  it("shows the measured success and the initiative success rate once recorded", async () => {
    const plan = copy(CLOSED.plan);
    plan.initiatives[0].successOutcome = "Achieved";
    plan.initiatives[0].successResult = "Alle Befunde in 5 Tagen";
    plan.initiatives[0].customerComment = "Sehr hilfreich für unsere Station.";
    const element = mount({ ...CLOSED, plan });
    await flush();
    expect(byId(element, "review-success")).toBeNull();
    expect(byId(element, "review-success-text").textContent).toContain("Achieved");
    expect(byId(element, "review-initiative").textContent).toContain("Sehr hilfreich für unsere Station.");
    const rate = byId(element, "rate-initiatives").querySelector("lightning-formatted-number");
    expect(rate.value).toBe(1 / plan.initiatives.length);
    await expectAccessible(element);
  });

  it("starts the review of an agreed plan", async () => {
    const element = mount(AGREED);
    const action = jest.fn();
    element.addEventListener("planaction", action);
    await flush();
    byId(element, "review-start").click();
    expect(action.mock.calls[0][0].detail).toEqual({ action: { type: "startReview" }, source: "review" });
  });

  it("records an outcome per commitment and shows the delivery rate per party", async () => {
    const element = mount(UNDER_REVIEW);
    const update = jest.fn();
    element.addEventListener("commitmentupdate", update);
    await flush();
    const outcomes = allById(element, "review-outcome");
    expect(outcomes.map((o) => o.value)).toEqual(["Kept", ""]);
    expect(byId(element, "rate-company").querySelector("lightning-formatted-number").value).toBe(1);
    expect(byId(element, "rate-customer").querySelector("lightning-formatted-number").value).toBe(0);
    expect(byId(element, "rate-company").textContent).toContain("Our company: 1 of 1 commitments assessed");
    expect(byId(element, "rate-customer").textContent).toContain("Customer: 0 of 1 commitments assessed");
    expect(byId(element, "review-close-blocked").textContent).toBe(
      "Record an outcome for every commitment before closing (1 missing)."
    );
    expect(byId(element, "review-close").disabled).toBe(true);
    await expectAccessible(element);
    outcomes[1].dispatchEvent(new CustomEvent("change", { detail: { value: "Partly" } }));
    const key = UNDER_REVIEW.plan.initiatives[0].commitments[1].key;
    expect(update.mock.calls[0][0].detail).toEqual({ key, changes: { reviewOutcome: "Partly" } });
  });

  it("refuses text beyond its limit with the numbers, never cutting it: nothing sent, nothing closed", async () => {
    const plan = copy(UNDER_REVIEW.plan);
    plan.initiatives[0].commitments[1].reviewOutcome = "Not kept";
    const element = mount({ ...UNDER_REVIEW, plan });
    const update = jest.fn();
    const action = jest.fn();
    element.addEventListener("initiativeupdate", update);
    element.addEventListener("planaction", action);
    await flush();
    const tooLong = "z".repeat(40000);
    const message =
      "This text has 40,000 characters; at most 32,768 fit. Shorten it: nothing was cut and nothing is saved until it fits.";

    // The message goes on the base input inside c-accord-text-field, which keeps every character.
    const baseInput = (field) =>
      Object.assign(field.shadowRoot.querySelector('[data-id="input"]'), {
        setCustomValidity: jest.fn(),
        reportValidity: jest.fn()
      });
    const counter = (field) => field.shadowRoot.querySelector('[data-id="count"]').textContent;
    const result = byId(element, "review-success-result");
    const resultInput = baseInput(result);
    expect(counter(result)).toBe("0 / 32,768 characters");
    result.value = tooLong;
    result.dispatchEvent(new CustomEvent("blur"));
    expect(update).not.toHaveBeenCalled();
    expect(resultInput.setCustomValidity).toHaveBeenLastCalledWith(message);
    await flush();
    expect(counter(result)).toBe("40,000 / 32,768 characters");

    type(byId(element, "review-feedback"), "Verlässlich.");
    const worked = byId(element, "review-what-worked");
    const workedInput = baseInput(worked);
    type(worked, tooLong);
    byId(element, "review-close").click();
    expect(action).not.toHaveBeenCalled();
    expect(workedInput.setCustomValidity).toHaveBeenLastCalledWith(message);
    expect(worked.value).toHaveLength(40000);

    type(worked, "Workshops");
    byId(element, "review-close").click();
    expect(action).toHaveBeenCalledTimes(1);
    expect(workedInput.setCustomValidity).toHaveBeenLastCalledWith("");
  });

  it("closes with the customer's feedback in their words and every outcome", async () => {
    const plan = copy(UNDER_REVIEW.plan);
    plan.initiatives[0].commitments[1].reviewOutcome = "Not kept";
    const element = mount({ ...UNDER_REVIEW, plan });
    const action = jest.fn();
    element.addEventListener("planaction", action);
    await flush();
    expect(byId(element, "review-close").disabled).toBe(false);
    byId(element, "review-close").click();
    await flush();
    expect(byId(element, "review-feedback-error").textContent).toBe(
      "Write down what the customer said about the year."
    );
    expect(action).not.toHaveBeenCalled();
    type(byId(element, "review-feedback"), "Verlässlich, aber langsam.");
    type(byId(element, "review-what-worked"), "Workshops");
    type(byId(element, "review-what-we-will-change"), "Abrechnungsfragen binnen 5 Tagen beantworten.");
    byId(element, "review-close").click();
    const sent = action.mock.calls[0][0].detail;
    expect(sent.source).toBe("review");
    expect(sent.action).toMatchObject({
      type: "close",
      review: {
        reviewType: "Annual review",
        customerFeedback: "Verlässlich, aber langsam.",
        whatWorked: "Workshops",
        whatDidNot: null,
        whatWeWillChange: "Abrechnungsfragen binnen 5 Tagen beantworten."
      },
      outcomes: [
        { commitmentKey: plan.initiatives[0].commitments[0].key, outcome: "Kept" },
        { commitmentKey: plan.initiatives[0].commitments[1].key, outcome: "Not kept" }
      ]
    });
    expect(sent.action.review.reviewDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("shows a rejected close next to the review", async () => {
    const element = mount(UNDER_REVIEW, { actionError: { message: "Outcome missing.", code: "OUTCOME_MISSING" } });
    await flush();
    expect(byId(element, "review-error").textContent).toBe("Outcome missing.");
  });

  it("shows a closed plan's outcomes, rates and review as text", async () => {
    const element = mount(CLOSED);
    await flush();
    expect(byId(element, "review-outcome")).toBeNull();
    expect(allById(element, "review-outcome-text").map((o) => o.textContent)).toEqual([
      "Outcome: Kept",
      "Outcome: Partly kept"
    ]);
    expect(byId(element, "rate-customer").querySelector("lightning-formatted-number").value).toBe(0.5);
    expect(byId(element, "rate-customer").textContent).toContain("Customer: 1 of 1 commitments assessed");
    expect(byId(element, "review-closed")).not.toBeNull();
    expect(byId(element, "review-list").textContent).toContain("Die Zusammenarbeit war verlässlich.");
    expect(byId(element, "review-list-what-we-will-change")).toBeNull();
    await expectAccessible(element);
    const answered = copy(CLOSED.plan);
    answered.reviews[answered.reviews.length - 1].whatWeWillChange = "Feste Ansprechpartner.";
    const withResponse = mount({ ...CLOSED, plan: answered });
    await flush();
    expect(byId(withResponse, "review-list-what-we-will-change").textContent).toBe(
      "What we will change: Feste Ansprechpartner."
    );
  });

  it("handles plans without commitments and plans the rules cannot read", async () => {
    const element = mount({ ...UNDER_REVIEW, plan: { ...UNDER_REVIEW.plan, initiatives: [], needs: [] } });
    await flush();
    expect(byId(element, "review-no-commitments")).not.toBeNull();
    expect(byId(element, "rate-company").textContent).toContain("No commitments");
    const broken = copy(UNDER_REVIEW.plan);
    broken.initiatives[0].commitments[0].reviewOutcome = "Maybe";
    const second = mount({ ...UNDER_REVIEW, plan: broken });
    await flush();
    expect(byId(second, "delivery").querySelector(".slds-text-color_error").textContent).toBe(
      "The delivery rate cannot be computed: " +
        'plan.initiatives[0].commitments[0].reviewOutcome must be one of Kept, Partly, Not kept (got "Maybe").'
    );
  });

  it("focuses a commitment or the heading on request", async () => {
    const element = mount(UNDER_REVIEW);
    await flush();
    const key = UNDER_REVIEW.plan.initiatives[0].commitments[1].key;
    const row = element.shadowRoot.querySelector(`li[data-key="${key}"]`);
    const focus = jest.spyOn(row, "focus");
    element.focusRecord(key);
    expect(focus).toHaveBeenCalled();
    const heading = element.shadowRoot.querySelector("h3");
    const headingFocus = jest.spyOn(heading, "focus");
    element.focusRecord(null);
    expect(headingFocus).toHaveBeenCalled();
  });
});
