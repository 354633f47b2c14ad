import AccordPlanDocument from "c/accordPlanDocument";
import getDocumentLabels from "@salesforce/apex/AccordPlanDocumentController.getDocumentLabels";
import { labelsIn } from "c/accordScreenLabels";
import { formatLabel } from "c/accordLabels";
import { mounter, settle, byId, resetDom, expectAccessible } from "test/accordTest";

// The server's System.Label.get(namespace, name, language), over the project's translation files.
jest.mock(
  "@salesforce/apex/AccordPlanDocumentController.getDocumentLabels",
  () => {
    const path = require("node:path");
    const { readLabelCatalog } = require("../../../../../../preview/build/labels.js");
    const { en, translations } = readLabelCatalog(path.join(__dirname, "../../../../../.."));
    return {
      default: jest.fn(({ language, names }) =>
        Promise.resolve(
          Object.fromEntries(names.map((name) => [name, (translations[language] || {})[name] ?? en[name]]))
        )
      )
    };
  },
  { virtual: true }
);

const { translations } = require("../../../../../../preview/build/labels.js").readLabelCatalog(
  require("node:path").join(__dirname, "../../../../../..")
);
const AGREED = require("../../accordPlanWorkspace/__tests__/data/workspaceAgreed.json");
const planIn = (planLanguage) => ({ ...JSON.parse(JSON.stringify(AGREED.plan)), planLanguage });
const mount = mounter("c-accord-plan-document", AccordPlanDocument);
const text = (element, id) => byId(element, id).textContent.replace(/\s+/g, " ").trim();

describe("c-accord-plan-document in the plan's language", () => {
  afterEach(resetDom);

  it("shows a Japanese plan to an English user in Japanese: labels, values, dates; the buttons stay English", async () => {
    const element = mount({ plan: planIn("ja") });
    await settle();
    expect(getDocumentLabels).toHaveBeenCalledTimes(1);
    const { language, names } = getDocumentLabels.mock.calls[0][0];
    expect(language).toBe("ja");
    expect(names).toEqual(expect.arrayContaining(["Accord_Doc_Title", "Accord_Status_Agreed", "Accord_Method_Email"]));
    expect(names).not.toContain("Accord_Doc_Print");
    expect(names.length).toBeLessThanOrEqual(200);

    expect(byId(element, "document").getAttribute("lang")).toBe("ja");
    expect(text(element, "doc-title")).toBe("カスタマーアカウントプラン: Universitätsklinikum Beispielstadt");
    expect(text(element, "doc-period")).toBe("期間: 2026/01/01 – 2026/12/31");
    expect(text(element, "doc-version")).toBe("バージョン 2 · 合意済み");
    expect(byId(element, "doc-needs-commit").querySelector("h5").textContent).toBe("当社がお約束すること");
    const signatures = [...element.shadowRoot.querySelectorAll('[data-id="doc-signature"]')].map((li) =>
      li.textContent.replace(/\s+/g, " ").trim()
    );
    expect(signatures).toContain("お客様: Dr. Anna Schneider · メールによる確認 · 2026/01/22");
    // Customer text reads in its own direction (Arabic, Hebrew) wherever it sits.
    expect(byId(element, "doc-goals").getAttribute("dir")).toBe("auto");
    expect(element.shadowRoot.querySelector(".accord-verbatim").getAttribute("dir")).toBe("auto");
    // What the user clicks is for the user: their language.
    expect(byId(element, "print").label).toBe("Print or save as PDF");
    await expectAccessible(element);
  });

  it("asks once per language, and not at all for a plan in the user's language", async () => {
    mount({ plan: planIn("ko") });
    await settle();
    mount({ plan: planIn("ko") });
    await settle();
    expect(getDocumentLabels.mock.calls.filter(([args]) => args.language === "ko")).toHaveLength(1);
    const english = mount({ plan: planIn("en") });
    await settle();
    expect(getDocumentLabels.mock.calls.some(([args]) => args.language === "en")).toBe(false);
    expect(text(english, "doc-period")).toBe("Period: 01/01/2026 – 12/31/2026");
    expect(byId(english, "document").getAttribute("lang")).toBe("en");
  });

  it("takes labels the page loaded already (the screen's, c/accordScreenLabels) at once: no call, no spinner", async () => {
    await labelsIn("zh_CN");
    getDocumentLabels.mockClear();
    const element = mount({ plan: planIn("zh_CN") });
    expect(byId(element, "doc-labels-loading")).toBeNull();
    expect(text(element, "doc-title")).toBe(
      formatLabel(translations.zh_CN.Accord_Doc_Title, "Universitätsklinikum Beispielstadt")
    );
    await settle();
    expect(getDocumentLabels).not.toHaveBeenCalled();
  });

  it("a plan turned to the user's language while another's labels load shows at once, without the spinner", async () => {
    getDocumentLabels.mockReturnValueOnce(new Promise(() => {}));
    const element = mount({ plan: planIn("es") });
    await settle();
    expect(byId(element, "doc-labels-loading")).not.toBeNull();
    element.plan = planIn("en");
    await settle();
    expect(byId(element, "doc-labels-loading")).toBeNull();
    expect(text(element, "doc-title")).toBe("Customer Account Plan: Universitätsklinikum Beispielstadt");
  });

  it("writes each language's dates with its own pattern (German, Korean)", async () => {
    const german = mount({ plan: planIn("de") });
    const korean = mount({ plan: planIn("ko") });
    await settle();
    expect(text(german, "doc-period")).toBe("Zeitraum: 01.01.2026 – 31.12.2026");
    expect(text(korean, "doc-period")).toContain("2026. 01. 01. – 2026. 12. 31.");
  });

  it("falls back to the user's language, saying so, when the labels cannot be loaded", async () => {
    getDocumentLabels.mockRejectedValueOnce({ body: { message: "Unable to reach the server." } });
    const element = mount({ plan: planIn("it") });
    await settle();
    expect(text(element, "doc-labels-error")).toBe(
      "The document's labels could not be loaded in the plan's language (Unable to reach the server.); they are shown in yours."
    );
    expect(text(element, "doc-title")).toBe("Customer Account Plan: Universitätsklinikum Beispielstadt");
  });

  it("shows a spinner while the plan language's labels load", async () => {
    let answer;
    getDocumentLabels.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const element = mount({ plan: planIn("fr") });
    await Promise.resolve();
    expect(byId(element, "doc-labels-loading")).not.toBeNull();
    expect(byId(element, "document")).toBeNull();
    answer({ Accord_Doc_Title: "Plan de compte client : {0}" });
    await settle();
    expect(text(element, "doc-title")).toBe("Plan de compte client : Universitätsklinikum Beispielstadt");
  });
});
