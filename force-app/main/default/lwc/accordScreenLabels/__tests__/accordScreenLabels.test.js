import getDocumentLabels from "@salesforce/apex/AccordPlanDocumentController.getDocumentLabels";
import { LABELS } from "c/accordLabels";
import AccordTextField from "c/accordTextField";
import { DECISIONS, THEMES, issueText, labelOf, needChoices, optionsIn } from "c/accordPlanView";
import AccordCustomerGoals from "c/accordCustomerGoals";
import {
  ScreenFollower,
  followScreen,
  followScreenOn,
  labelsIn,
  labelsLoadedIn,
  refusalIn,
  screenLanguage,
  showScreenIn,
  speaksUserLanguage,
  stopFollowingScreen
} from "c/accordScreenLabels";
import { byId, mounter, resetDom, settle, typeInto } from "test/accordTest";

jest.mock("@salesforce/apex/AccordPlanDocumentController.getDocumentLabels", () => ({ default: jest.fn() }), {
  virtual: true
});

// The org's side: System.Label.get(namespace, name, language) over the translation files, the default language's
// text where a label has no translation (as the preview's server answers getDocumentLabels).
const { readLabelCatalog } = require("../../../../../../preview/build/labels.js");
const catalog = readLabelCatalog(require("node:path").join(__dirname, "../../../../../.."));
function serverLabels({ language, names }) {
  if (names.length > 200) return Promise.reject({ body: { message: "more than 200 names" } });
  const labels = {};
  for (const name of names) labels[name] = (catalog.translations[language] || {})[name] ?? catalog.en[name];
  return Promise.resolve(labels);
}
const german = (name) => catalog.translations.de[`Accord_${name}`];

const mountField = mounter("c-accord-text-field", AccordTextField, { label: "What the customer said" });
const count = (element) => element.shadowRoot.querySelector('[data-id="count"]');

describe("c/accordScreenLabels", () => {
  beforeEach(() => {
    getDocumentLabels.mockReset();
    getDocumentLabels.mockImplementation(serverLabels);
  });
  afterEach(async () => {
    await showScreenIn(null);
    resetDom();
  });

  it("knows the user's own language in both spellings (en, en_US) and needs no labels for it", async () => {
    expect(speaksUserLanguage("en")).toBe(true);
    expect(speaksUserLanguage("en_US")).toBe(true);
    expect(speaksUserLanguage(null)).toBe(true);
    expect(speaksUserLanguage("de")).toBe(false);
    await expect(labelsIn("en")).resolves.toBe(LABELS);
    expect(getDocumentLabels).not.toHaveBeenCalled();
  });

  it("loads every label of a plan language in calls of at most 200 names, once per page", async () => {
    const labels = await labelsIn("ja");
    const asked = getDocumentLabels.mock.calls.map(([params]) => params);
    expect(asked.length).toBe(Math.ceil(Object.keys(LABELS).length / 200));
    for (const params of asked) {
      expect(params.language).toBe("ja");
      expect(params.names.length).toBeLessThanOrEqual(200);
    }
    expect(asked.flatMap((params) => params.names).sort()).toEqual(
      Object.keys(LABELS)
        .map((name) => `Accord_${name}`)
        .sort()
    );
    expect(Object.keys(labels).sort()).toEqual(Object.keys(LABELS).sort());
    expect(labels.Workspace_TabListen).toBe(catalog.translations.ja.Accord_Workspace_TabListen);
    expect(labels.Workspace_TabListen).not.toBe(LABELS.Workspace_TabListen);
    await labelsIn("ja");
    expect(getDocumentLabels).toHaveBeenCalledTimes(asked.length); // cached
  });

  it("asks again after a failed load", async () => {
    getDocumentLabels.mockRejectedValueOnce({ body: { message: "offline" } });
    await expect(labelsIn("ko")).rejects.toEqual({ body: { message: "offline" } });
    const calls = getDocumentLabels.mock.calls.length;
    const labels = await labelsIn("ko");
    expect(getDocumentLabels.mock.calls.length).toBeGreaterThan(calls);
    expect(labels.Common_CharCount).toBe(catalog.translations.ko.Accord_Common_CharCount);
  });

  // Chinese, Portuguese and Austrian German: languages the other tests of this file do not load.
  describe("one loader for every component (labelsIn with names: the document's, the survey's)", () => {
    const asked = () => getDocumentLabels.mock.calls.map(([params]) => params);
    const askedNames = () => asked().flatMap((params) => params.names);
    const shortNames = (prefix) => Object.keys(LABELS).filter((name) => name.startsWith(prefix));

    it("fetches only the names not loaded yet in that language; the others read as the user's", async () => {
      const survey = shortNames("Survey_");
      const labels = await labelsIn("zh_CN", survey);
      expect(askedNames().sort()).toEqual(survey.map((name) => `Accord_${name}`).sort());
      expect(labels.Survey_Title).toBe(catalog.translations.zh_CN.Accord_Survey_Title);
      expect(labels.Survey_Title).not.toBe(LABELS.Survey_Title);
      expect(labels.Workspace_TabListen).toBe(LABELS.Workspace_TabListen); // not asked for

      getDocumentLabels.mockClear();
      const both = [...shortNames("Survey_"), ...shortNames("Doc_")];
      const more = await labelsIn("zh_CN", both);
      expect(askedNames().sort()).toEqual(
        shortNames("Doc_")
          .map((name) => `Accord_${name}`)
          .sort()
      );
      expect(asked().every((params) => params.language === "zh_CN")).toBe(true);
      expect(more.Survey_Title).toBe(labels.Survey_Title);
      expect(more.Doc_Title).toBe(catalog.translations.zh_CN.Accord_Doc_Title);

      getDocumentLabels.mockClear();
      expect(await labelsIn("zh_CN", both)).toBe(more); // the same list again: the same object, no call
      expect(getDocumentLabels).not.toHaveBeenCalled();
      expect(labelsLoadedIn("zh_CN", both)).toBe(more);
      expect(labelsLoadedIn("zh_CN", shortNames("Need_"))).toBeNull(); // not loaded: the caller waits for labelsIn
      expect(labelsLoadedIn("en", shortNames("Need_"))).toBe(LABELS);
    });

    it("asks at most 200 names a call, and only the missing ones, for a list longer than 200", async () => {
      const first = Object.keys(LABELS).slice(0, 150);
      await labelsIn("pt_BR", first);
      getDocumentLabels.mockClear();
      const wanted = Object.keys(LABELS).slice(0, 450);
      expect(wanted.length).toBe(450);
      const labels = await labelsIn("pt_BR", wanted);
      expect(asked().map((params) => params.names.length)).toEqual([200, 100]);
      expect(askedNames().sort()).toEqual(
        wanted
          .slice(150)
          .map((name) => `Accord_${name}`)
          .sort()
      );
      for (const name of wanted) {
        expect(labels[name]).toBe(catalog.en[`Accord_${name}`]); // no Portuguese translation: the default text
      }
    });

    it("two components asking at once make one set of calls and get the same texts", async () => {
      const names = shortNames("Status_");
      const answers = [];
      getDocumentLabels.mockImplementation(
        (params) => new Promise((resolve) => answers.push(() => resolve(serverLabels(params))))
      );
      const documentAsks = labelsIn("zh_CN", names);
      const surveyAsks = labelsIn("zh_CN", [...names].reverse());
      expect(getDocumentLabels).toHaveBeenCalledTimes(1);
      answers.forEach((answer) => answer());
      const [forDocument, forSurvey] = await Promise.all([documentAsks, surveyAsks]);
      expect(getDocumentLabels).toHaveBeenCalledTimes(1);
      for (const name of names) {
        expect(forDocument[name]).toBe(catalog.translations.zh_CN[`Accord_${name}`]);
        expect(forSurvey[name]).toBe(forDocument[name]);
      }
    });

    it("does not keep a failure: the names that failed are asked again, with the loaded ones", async () => {
      const names = shortNames("Party_");
      getDocumentLabels.mockRejectedValueOnce({ body: { message: "offline" } });
      await expect(labelsIn("zh_CN", names)).rejects.toEqual({ body: { message: "offline" } });
      expect(labelsLoadedIn("zh_CN", names)).toBeNull();
      getDocumentLabels.mockClear();
      const labels = await labelsIn("zh_CN", names);
      expect(askedNames().sort()).toEqual(names.map((name) => `Accord_${name}`).sort());
      expect(labels[names[0]]).toBe(catalog.translations.zh_CN[`Accord_${names[0]}`]);
    });

    it("needs no call in the user's own language, with or without names", async () => {
      await expect(labelsIn("en_US", shortNames("Doc_"))).resolves.toBe(LABELS);
      await expect(labelsIn(null, shortNames("Doc_"))).resolves.toBe(LABELS);
      await expect(labelsIn("en")).resolves.toBe(LABELS);
      expect(getDocumentLabels).not.toHaveBeenCalled();
    });

    it("gives the default language's text for a label the server has no translation of", async () => {
      const names = ["Doc_Title", "Survey_Title"];
      getDocumentLabels.mockResolvedValueOnce({ Accord_Doc_Title: "Kundenplan: {0}" });
      const labels = await labelsIn("de_AT", names);
      expect(labels.Doc_Title).toBe("Kundenplan: {0}");
      expect(labels.Survey_Title).toBe(LABELS.Survey_Title);
    });
  });

  it("turns a text field's counter and refusal to the plan's language and numbers, and back", async () => {
    const element = mountField({ field: "Plan_Signature__c.Evidence__c" });
    await settle();
    const input = element.shadowRoot.querySelector('[data-id="input"]');
    input.setCustomValidity = jest.fn();
    input.reportValidity = jest.fn(() => true);
    typeInto(element, "x".repeat(1300));
    await settle();
    expect(count(element).textContent).toBe("1,300 / 255 characters");

    await expect(showScreenIn("de")).resolves.toBe(true);
    await settle();
    expect(screenLanguage()).toBe("de");
    expect(count(element).textContent).toBe("1.300 / 255 Zeichen");
    expect(element.reportLimit()).toBe(false);
    expect(input.setCustomValidity).toHaveBeenLastCalledWith(
      german("Common_TooLong").replace("{0}", "1.300").replace("{1}", "255")
    );

    await showScreenIn(null);
    await settle();
    expect(screenLanguage()).toBeNull();
    expect(count(element).textContent).toBe("1,300 / 255 characters");
  });

  it("a field mounted while the screen speaks the plan's language starts in it; explicit labels still win", async () => {
    await showScreenIn("de");
    const element = mountField({ field: "Customer_Need__c.Verbatim__c", value: "Schneller" });
    const own = mountField({
      field: "Customer_Need__c.Verbatim__c",
      value: "Schneller",
      labels: { ...LABELS, Common_CharCount: "{0} of {1}" }
    });
    await settle();
    expect(count(element).textContent).toBe("9 / 32.768 Zeichen");
    expect(count(own).textContent).toBe("9 of 32,768");
  });

  it("keeps the newest language when an older load ends later, and the user's when the load fails", async () => {
    const element = mountField({ field: "Customer_Need__c.Verbatim__c", value: "abc" });
    await settle();
    // French and Spanish are not loaded yet on this page (the modules keep what they loaded between tests).
    const frenchAnswers = [];
    getDocumentLabels.mockImplementation((params) => {
      if (params.language !== "fr") return serverLabels(params);
      return new Promise((resolve) => frenchAnswers.push(() => resolve(serverLabels(params))));
    });
    const frenchShown = showScreenIn("fr");
    await showScreenIn("es");
    frenchAnswers.forEach((answer) => answer());
    await frenchShown;
    await settle();
    expect(screenLanguage()).toBe("es");
    expect(count(element).textContent).toBe(
      catalog.translations.es.Accord_Common_CharCount.replace("{0}", "3").replace("{1}", "32.768")
    );

    getDocumentLabels.mockRejectedValue({ body: { message: "offline" } });
    await expect(showScreenIn("it")).resolves.toBe(false);
    await settle();
    expect(screenLanguage()).toBeNull();
    expect(count(element).textContent).toBe("3 / 32,768 characters");
  });

  describe("following the screen (a plain subscription: custom wire adapters are not supported on the platform)", () => {
    it("tells a follower the screen at once and on every change of language, and nothing after it stops", async () => {
      const heard = [];
      const subscription = followScreen((screen) => heard.push(screen));
      expect(heard).toEqual([{ language: null, labels: LABELS, locale: "en-US" }]);

      await showScreenIn("de");
      const de = await labelsIn("de");
      expect(heard.length).toBe(2);
      expect(heard[1]).toEqual({ language: "de", labels: de, locale: "de" });

      await showScreenIn("de"); // the same language again: no change to tell
      expect(heard.length).toBe(2);

      stopFollowingScreen(subscription);
      await showScreenIn(null);
      expect(heard.length).toBe(2);
      expect(() => stopFollowingScreen(subscription)).not.toThrow();
    });

    it("keeps a component's labels, and its locale only where it declares one, until it disconnects", async () => {
      const Follower = ScreenFollower(class {});
      const withLocale = Object.assign(new Follower(), { labels: LABELS, locale: undefined });
      const labelsOnly = Object.assign(new Follower(), { labels: LABELS });
      withLocale.connectedCallback();
      labelsOnly.connectedCallback();
      expect(withLocale.locale).toBe("en-US");

      await showScreenIn("ja");
      const ja = await labelsIn("ja");
      expect(withLocale.labels).toBe(ja);
      expect(withLocale.locale).toBe("ja");
      expect(labelsOnly.labels).toBe(ja);
      expect("locale" in labelsOnly).toBe(false);

      withLocale.disconnectedCallback();
      await showScreenIn(null);
      expect(withLocale.labels).toBe(ja);
      expect(labelsOnly.labels).toBe(LABELS);
      labelsOnly.disconnectedCallback();

      const plain = { labels: null, locale: null };
      const subscription = followScreenOn(plain);
      expect(plain).toEqual({ labels: LABELS, locale: "en-US" });
      stopFollowingScreen(subscription);
    });

    it("re-renders a component shown to the customer in the plan's language, and back", async () => {
      const element = mounter("c-accord-customer-goals", AccordCustomerGoals)({ plan: { customerGoals: "" } });
      await settle();
      const heading = () => element.shadowRoot.querySelector("h3").textContent;
      expect(heading()).toBe(LABELS.Goals_Title);
      await showScreenIn("de");
      await settle();
      expect(heading()).toBe(german("Goals_Title"));
      expect(byId(element, "goals-empty").textContent).toBe(german("Goals_Empty"));
      await showScreenIn(null);
      await settle();
      expect(heading()).toBe(LABELS.Goals_Title);
    });
  });

  it("gives the plan workspace's value labels and issue texts in another language's labels (c/accordPlanView)", async () => {
    const de = await labelsIn("de");
    expect(labelOf(DECISIONS, "Commit", de)).toBe(german("Decision_Commit"));
    expect(labelOf(DECISIONS, "Commit")).toBe(LABELS.Decision_Commit);
    expect(labelOf(DECISIONS, "Unknown", de)).toBe("Unknown");
    expect(labelOf(DECISIONS, "", de)).toBe(german("Common_NotSet"));
    expect(issueText({ code: "NEED_UNDECIDED" }, de)).toBe(german("Issue_NEED_UNDECIDED"));
    expect(issueText({ code: "NEED_UNDECIDED" })).toBe(LABELS.Issue_NEED_UNDECIDED);
    expect(issueText({ code: "SOMETHING_NEW", message: "As the core wrote it" }, de)).toBe("As the core wrote it");

    // Choice lists: German labels, the same array on every render, the list itself in the user's language.
    const decisions = optionsIn(DECISIONS, de);
    expect(decisions.map((option) => option.value)).toEqual(DECISIONS.map((option) => option.value));
    expect(decisions.find((option) => option.value === "Commit").label).toBe(german("Decision_Commit"));
    expect(optionsIn(DECISIONS, de)).toBe(decisions);
    expect(optionsIn(DECISIONS)).toBe(DECISIONS);
    const [raisedBy, theme, priority] = needChoices([], {}, "need", de);
    expect([raisedBy.label, theme.label, priority.label]).toEqual([
      german("Need_RaisedBy"),
      german("Need_Theme"),
      german("Need_Priority")
    ]);
    expect(theme.options[0].label).toBe(german("Common_None"));
    expect(theme.options.slice(1).map((option) => option.label)).toEqual(
      optionsIn(THEMES, de).map((option) => option.label)
    );
    expect(theme.options[1].label).not.toBe(THEMES[0].label);
  });

  describe("refusalIn", () => {
    it("writes the server's refusal in the screen's language, with the values the server put in", async () => {
      const de = await labelsIn("de");
      const refusal = {
        code: "STALE_REVISION",
        message:
          "Preview User changed this plan at 6/15/2026, 10:04 AM, after you opened it. Reload the plan to see that change, then make yours again."
      };
      expect(refusalIn(refusal, de)).toBe(
        german("Error_STALE_REVISION").replace("{0}", "Preview User").replace("{1}", "6/15/2026, 10:04 AM")
      );
      expect(refusalIn(refusal, LABELS)).toBe(refusal.message);
    });

    it("takes a plan issue's label too, and a label without values as it is", async () => {
      const de = await labelsIn("de");
      const issue = Object.keys(LABELS).find((name) => name.startsWith("Issue_") && !/\{\d\}/.test(LABELS[name]));
      const code = issue.slice("Issue_".length);
      expect(refusalIn({ code, message: LABELS[issue] }, de)).toBe(de[issue]);
      expect(de[issue]).not.toBe(LABELS[issue]);
    });

    it("finds a rule's own label when the code names none (INVALID_VALUE from Error_InvalidDate)", async () => {
      const de = await labelsIn("de");
      const refusal = { code: "INVALID_VALUE", message: "Target date must be a date written YYYY-MM-DD (got 1.7.)." };
      expect(refusalIn(refusal, de)).toBe(
        german("Error_InvalidDate").replace("{0}", "Target date").replace("{1}", "1.7.")
      );
    });

    it("leaves a message that is not its code's label, a message without a code, and no message as they are", async () => {
      const de = await labelsIn("de");
      const rule = { code: "DML_FIELD_CUSTOM_VALIDATION_EXCEPTION", message: "The org's own rule says no." };
      expect(refusalIn(rule, de)).toBe(rule.message);
      expect(refusalIn({ code: "STALE_REVISION", message: "Something else entirely." }, de)).toBe(
        "Something else entirely."
      );
      expect(refusalIn({ code: null, message: "Plain text" }, de)).toBe("Plain text");
      expect(refusalIn({ code: "STALE_REVISION", message: null }, de)).toBeNull();
      expect(refusalIn(null, de)).toBeNull();
    });
  });
});
