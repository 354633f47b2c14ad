import AccordDocumentOutcomes from "c/accordDocumentOutcomes";
import { LABELS } from "c/accordLabels";
import { byId, expectAccessible, mounter, resetDom, settle } from "test/accordTest";

const CLOSED = require("../../accordPlanWorkspace/__tests__/data/workspaceClosed.json").plan;
const mount = mounter("c-accord-document-outcomes", AccordDocumentOutcomes);
const allById = (element, id) => [...element.shadowRoot.querySelectorAll(`[data-id="${id}"]`)];

function closedWithSuccess() {
  const plan = JSON.parse(JSON.stringify(CLOSED));
  plan.initiatives[0].successOutcome = "Partly";
  plan.initiatives[0].successResult = "Befunde nach 6 statt 5 Tagen";
  plan.initiatives[0].customerComment = "Ein echter Fortschritt für die Station.";
  return plan;
}

describe("c-accord-document-outcomes", () => {
  afterEach(resetDom);

  it("shows each initiative's success, the commitments' outcomes, the rates and the customer's feedback", async () => {
    const plan = closedWithSuccess();
    const element = mount({ plan });
    await settle();
    expect(byId(element, "doc-success").textContent).toBe("Success measure: Partly achieved");
    expect(byId(element, "doc-customer-comment").textContent).toContain("Ein echter Fortschritt für die Station.");
    const outcomes = allById(element, "doc-commitment-outcome").map((node) => node.textContent);
    expect(outcomes).toHaveLength(plan.initiatives[0].commitments.length);
    const rates = allById(element, "doc-rate").map((node) => node.textContent);
    expect(rates.some((text) => /Initiatives: \d+ % of success achieved/.test(text))).toBe(true);
    expect(rates.some((text) => /% of commitments delivered/.test(text))).toBe(true);
    expect(byId(element, "doc-feedback").textContent).toBe("Die Zusammenarbeit war verlässlich.");
    await expectAccessible(element);
  });

  it("reads the labels it is given: the plan's language", async () => {
    const doc = { ...LABELS, Doc_SuccessOutcome: "成功の基準", Success_Partly: "一部達成" };
    const element = mount({ plan: closedWithSuccess(), doc });
    await settle();
    expect(byId(element, "doc-success").textContent).toBe("成功の基準: 一部達成");
  });

  it("shows nothing for a plan without initiatives", async () => {
    const element = mount({ plan: { ...CLOSED, initiatives: [] } });
    await settle();
    expect(byId(element, "doc-outcomes")).toBeNull();
  });

  it("a success not yet recorded reads 'Not set'", async () => {
    const element = mount({ plan: CLOSED });
    await settle();
    expect(byId(element, "doc-success").textContent).toBe(`Success measure: ${LABELS.Common_NotSet}`);
  });
});
