"use strict";
// Synthetic, deterministic inputs for every benchmark (a seeded generator: same data every run): scripts/bench.js
// times src/core on them, and the preview's bench accounts (preview/server/benchSeed.js, measured by
// scripts/bench-ui.js) are these plans and stakeholder maps. Themes and roles are values of the org's global
// value sets, read from the metadata: a name outside them stops the benchmark.

const fs = require("node:fs");
const path = require("node:path");

const GLOBAL_VALUE_SETS = path.resolve(__dirname, "../force-app/main/default/globalValueSets");

/** The values (API names) of a global value set, in their order. */
function valueSet(name) {
  const xml = fs.readFileSync(path.join(GLOBAL_VALUE_SETS, `${name}.globalValueSet-meta.xml`), "utf8");
  return [...xml.matchAll(/<customValue>\s*<fullName>([^<]+)<\/fullName>/g)].map((m) => m[1]);
}
const NEED_THEMES = valueSet("Accord_Need_Theme");
const STAKEHOLDER_ROLES = valueSet("Accord_Stakeholder_Role");

/** The named values, each checked against its value set. */
function valuesOf(set, setName, names) {
  for (const name of names) if (!set.includes(name)) throw new Error(`bench/data.js: "${name}" is not in ${setName}`);
  return names;
}

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

/** @type {import("../src/core/index").Party[]} */
const PARTIES = ["Company", "Customer"];

/** The roles the hospital archetype requires (also computeStakeholderCoverage's in scripts/bench.js). */
const REQUIRED_ROLES = STAKEHOLDER_ROLES.slice(0, 3);

const VERBATIMS = [
  "Our patients wait too long between the tumour board and the start of therapy.",
  "Wir brauchen verlässliche Daten zu Nebenwirkungen in der Tagesklinik.",
  "면역항암제 부작용을 조기에 발견할 수 있는 체계가 필요합니다.",
  "外来化学療法の待ち時間を短縮したい。"
];
const uuid = (prefix, n) => `${prefix}-0000-4000-8000-${String(n).padStart(12, "0")}`;

/**
 * A plan of a German account: a new Draft as src/core opens one (newPlanDraft: no content, signatures or reviews)
 * unless `fields` say otherwise (the benchmarks' plans, here and in scripts/bench-cli.js, are built on it).
 * @param {Pick<import("../src/core/node"), "newPlanDraft">} core
 * @param {Partial<import("../src/core/index").PlanDto>} fields
 * @returns {import("../src/core/index").PlanDto}
 */
function planDto(core, fields) {
  const header = {
    accountId: "001000000000001AAA",
    accountName: "Universitätsklinikum Beispiel",
    periodStart: "2027-01-01",
    planLanguage: "en",
    countryCode: "DE"
  };
  return { ...core.newPlanDraft(header), ...fields };
}

/**
 * A Draft plan of `account` ({ accountId, accountName }, planDto's by default) with `size` needs (verbatims
 * "Bench need <n>: …" in four languages), one initiative per ten needs, a commitment from each party per initiative;
 * valid input for applyAction's save.
 * @param {Pick<import("../src/core/node"), "newPlanDraft">} core
 * @returns {import("../src/core/index").PlanDto}
 */
function plan(core, size, account = {}) {
  /** @type {import("../src/core/index").InitiativeDto[]} */
  const initiatives = Array.from({ length: Math.max(1, Math.ceil(size / 10)) }, (_, i) => ({
    key: uuid("bbbbbbbb", i + 1),
    sequence: i + 1,
    title: `Bench initiative ${i + 1}`,
    successMeasure: "Median days from tumour board to therapy at most 10.",
    targetDate: "2027-09-30",
    status: "On track",
    commitments: PARTIES.map((party, j) => ({
      key: uuid("cccccccc", i * 2 + j + 1),
      sequence: j + 1,
      party,
      description: `${party} commitment for initiative ${i + 1}`,
      ownerUserId: null,
      ownerContactId: null,
      ownerName: party === "Company" ? "Preview User" : "Customer owner",
      dueDate: "2027-06-30",
      status: "Open",
      reviewOutcome: null
    }))
  }));
  /** @type {import("../src/core/index").NeedDto["decision"][]} */
  const decisions = ["Commit", "Defer", "Decline", "Pending"];
  /** @type {import("../src/core/index").NeedDto[]} */
  const needs = Array.from({ length: size }, (_, i) => {
    const decision = decisions[i % decisions.length];
    return {
      key: uuid("aaaaaaaa", i + 1),
      sequence: i + 1,
      verbatim: `Bench need ${i + 1}: ${VERBATIMS[i % VERBATIMS.length]}`,
      theme: NEED_THEMES[i % NEED_THEMES.length],
      raisedById: null,
      raisedByName: null,
      customerPriority: (i % 5) + 1,
      decision,
      decisionRationale: decision === "Pending" ? null : `Rationale ${i + 1} written for the customer.`,
      initiativeKey: decision === "Commit" ? initiatives[i % initiatives.length].key : null
    };
  });
  return planDto(core, {
    ...account,
    customerGoals: "Bench goals.",
    needs,
    initiatives
  });
}

const archetype = (code, label, requiredRoles, criterionWeights) => ({
  code,
  label,
  description: "",
  decisionMaking: "",
  careIntegration: "",
  requiredRoles,
  criterionWeights
});
const country = (countryCode, archetypeCode, kamReadiness, reviewCadenceMonths) => ({
  countryCode,
  archetypeCode,
  kamReadiness,
  pullThroughStrategy: "",
  reviewCadenceMonths
});

function configuration() {
  return {
    archetypes: [
      archetype("HOSP", "Hospital-led", REQUIRED_ROLES, { ACCESS: 3 }),
      archetype("INTEG", "Integrated", [STAKEHOLDER_ROLES[0], STAKEHOLDER_ROLES[3]], { INNOV: 2 })
    ],
    countries: [
      country("DE", "HOSP", "Established", 12),
      country("KR", "INTEG", "Developing", 6),
      country("JP", "INTEG", "Developing", 12)
    ],
    // Five roles in four languages, each with a global profile, the hospital archetype's and Korea's.
    roleProfiles: STAKEHOLDER_ROLES.slice(0, 5).flatMap((roleCode) =>
      ["en", "de", "ja", "ko"].flatMap((language) =>
        [
          { countryCode: null, archetypeCode: null },
          { countryCode: null, archetypeCode: "HOSP" },
          { countryCode: "KR", archetypeCode: null }
        ].map((scope) => ({
          roleCode,
          ...scope,
          language,
          priorities: "p",
          evidenceNeeds: "e",
          approach: "a",
          whatToAvoid: "w"
        }))
      )
    ),
    dimensions: [
      { code: "TRUST", label: "Trust", audience: "Both", weight: 2, sequence: 1 },
      { code: "VALUE", label: "Value", audience: "Customer", weight: 1, sequence: 2 },
      { code: "ALIGN", label: "Alignment", audience: "Internal", weight: 1, sequence: 3 },
      { code: "RESP", label: "Responsiveness", audience: "Both", weight: 1, sequence: 4 },
      { code: "INNOV", label: "Innovation", audience: "Both", weight: 1, sequence: 5 },
      { code: "COMMS", label: "Communication", audience: "Both", weight: 1, sequence: 6 }
    ],
    criteria: ["SIZE", "ACCESS", "INNOV", "PART", "DIGITAL", "EVIDENCE"].map((code, i) => ({
      code,
      label: code,
      weight: (i % 3) + 1,
      sequence: i + 1
    })),
    settings: {
      minimumRespondents: 3,
      tierAThreshold: 70,
      tierBThreshold: 40,
      roadblockScoreBelow: 50,
      roadblockGapAtLeast: 15
    }
  };
}

function assessments(count, seed = 1) {
  const rnd = random(seed);
  const functions = ["Sales", "Medical", "Market Access", "Supply", "Marketing"];
  const result = [];
  for (let i = 0; i < count; i++) {
    const respondentType = rnd() < 0.4 ? "Customer" : "Internal";
    const codes =
      respondentType === "Customer"
        ? ["TRUST", "VALUE", "RESP", "INNOV", "COMMS"]
        : ["TRUST", "ALIGN", "RESP", "INNOV", "COMMS"];
    result.push({
      id: `a${i}`,
      accountId: "001000000000001",
      planId: null,
      respondentType,
      function: respondentType === "Internal" ? pick(rnd, functions) : null,
      respondentName: null,
      period: "2026",
      submittedOn: null,
      ratings: codes.map((dimension) => ({
        dimension,
        score: rnd() < 0.1 ? null : 1 + Math.floor(rnd() * 5),
        comment: null
      }))
    });
  }
  return result;
}

const accountAssessments = (count) => assessments(count, 7);

function accountRatings(count) {
  const rnd = random(2);
  const codes = ["SIZE", "ACCESS", "INNOV", "PART", "DIGITAL", "EVIDENCE"];
  const result = [];
  for (let i = 0; i < count; i++) {
    result.push({
      archetypeCode: pick(rnd, ["HOSP", "INTEG", null]),
      ratings: codes
        .filter(() => rnd() < 0.85)
        .map((criterion) => ({ criterion, rating: 1 + Math.floor(rnd() * 5), rationale: null }))
    });
  }
  return result;
}

/**
 * A stakeholder map of `count` people with every role of the value set: a tree in which each person reports to an
 * earlier one (about three direct reports each), four relationship owners, the first person the signatory.
 * @returns {import("../src/core/index").StakeholderDto[]}
 */
function stakeholders(count, { accountId = "001000000000001AAA", newId = (i) => `s${i}` } = {}) {
  const ids = Array.from({ length: count }, (_, i) => newId(i));
  return ids.map((id, i) => ({
    id,
    accountId,
    contactId: null,
    name: `Bench Person ${i + 1}`,
    role: STAKEHOLDER_ROLES[i % STAKEHOLDER_ROLES.length],
    influence: (i % 5) + 1,
    decisionRole: null,
    stance: (i % 5) - 2,
    relationshipStrength: ((i + 2) % 5) + 1,
    relationshipOwnerId: `005000000000${String((i % 4) + 2).padStart(3, "0")}AAA`,
    relationshipOwnerName: `Owner ${i % 4}`,
    reportsToId: i === 0 ? null : ids[Math.floor((i - 1) / 3)],
    isSignatory: i === 0,
    lastEngagedOn: "2026-10-01"
  }));
}

// Needs in four languages: intents × products, phrased with varying openings, endings and typos.
const LANGUAGES = {
  en: {
    countries: ["US", "GB", "CA", "AU"],
    products: [
      "oncology",
      "diabetes",
      "cardiology",
      "rare disease",
      "immunology",
      "respiratory",
      "neurology",
      "haematology"
    ],
    intents: [
      "faster delivery of {p} drugs to the ward",
      "training for pharmacy staff on {p} biosimilars",
      "better access to clinical trial data for {p}",
      "a patient support program for {p} patients at home",
      "shorter ordering lead times for {p} medicines",
      "joint education events for {p} nurses",
      "a digital tool to track {p} therapy adherence",
      "real world evidence on {p} outcomes in our region",
      "guidance on reimbursement of new {p} treatments",
      "more frequent visits from the medical liaison about {p}"
    ],
    openings: ["We need", "We would like", "Please provide", "It would help to have", "Our team asks for", ""],
    endings: ["", " as soon as possible", " this year", " for our department", ", please", "."]
  },
  de: {
    countries: ["DE", "AT", "CH"],
    products: [
      "Onkologika",
      "Diabetesmedikamente",
      "Kardiologika",
      "Orphan Drugs",
      "Immuntherapeutika",
      "Atemwegsmedikamente",
      "Neurologika",
      "Hämatologika"
    ],
    intents: [
      "eine schnellere Lieferung der {p} auf die Station",
      "Schulungen für das Apothekenpersonal zu {p}",
      "besseren Zugang zu Studiendaten für {p}",
      "ein Patientenbetreuungsprogramm für {p} zu Hause",
      "kürzere Bestellvorlaufzeiten für {p}",
      "gemeinsame Fortbildungen für Pflegekräfte zu {p}",
      "ein digitales Werkzeug zur Therapietreue bei {p}",
      "Versorgungsdaten zu {p} aus unserer Region",
      "Hinweise zur Erstattung neuer {p}",
      "häufigere Besuche des medizinischen Außendienstes zu {p}"
    ],
    openings: ["Wir brauchen", "Wir wünschen uns", "Bitte liefern Sie", "Hilfreich wäre", "Unser Team bittet um", ""],
    endings: ["", " so bald wie möglich", " noch in diesem Jahr", " für unsere Abteilung", ", bitte", "."]
  },
  ja: {
    countries: ["JP"],
    products: ["抗がん剤", "糖尿病薬", "循環器薬", "希少疾患薬", "免疫療法薬", "呼吸器薬", "神経疾患薬", "血液疾患薬"],
    intents: [
      "{p}の病棟への納品をもっと早くしてほしい",
      "{p}について薬剤部スタッフ向けの研修をしてほしい",
      "{p}の臨床試験データをもっと見られるようにしてほしい",
      "{p}の在宅患者向け支援プログラムがほしい",
      "{p}の発注リードタイムを短くしてほしい",
      "{p}について看護師向けの合同勉強会を開いてほしい",
      "{p}の服薬遵守を記録できるデジタルツールがほしい",
      "地域での{p}のリアルワールドデータがほしい",
      "新しい{p}の償還についての案内がほしい",
      "{p}についてMSLにもっと頻繁に訪問してほしい"
    ],
    openings: ["", "ぜひ", "できれば", "当院としては"],
    endings: ["", "。", "です。", "と思います", "！"]
  },
  ko: {
    countries: ["KR"],
    products: [
      "항암제",
      "당뇨병 치료제",
      "심혈관 치료제",
      "희귀질환 치료제",
      "면역 치료제",
      "호흡기 치료제",
      "신경계 치료제",
      "혈액질환 치료제"
    ],
    intents: [
      "{p} 병동 배송이 더 빨라야 합니다",
      "{p}에 대한 약제부 직원 교육이 필요합니다",
      "{p} 임상시험 데이터에 더 쉽게 접근하고 싶습니다",
      "{p} 재택 환자 지원 프로그램이 필요합니다",
      "{p} 주문 리드타임을 줄여 주세요",
      "{p}에 대한 간호사 공동 교육 행사가 필요합니다",
      "{p} 복약 순응도를 추적하는 디지털 도구가 필요합니다",
      "우리 지역의 {p} 실사용 근거 자료가 필요합니다",
      "새 {p} 급여 기준 안내가 필요합니다",
      "{p} 관련 의학 담당자 방문이 더 잦아야 합니다"
    ],
    openings: ["", "저희는", "가능하면", "병원 입장에서"],
    endings: ["", ".", "!", " 부탁드립니다"]
  }
};

function typo(rnd, text) {
  const chars = Array.from(text);
  if (chars.length < 8) return text;
  const at = 1 + Math.floor(rnd() * (chars.length - 2));
  chars.splice(at, 1);
  return chars.join("");
}

function needs(count) {
  const rnd = random(4);
  const languages = Object.keys(LANGUAGES);
  const decisions = ["Pending", "Commit", "Defer", "Decline", "Decline"];
  // The theme of each intent of LANGUAGES, in the same order.
  const themes = valuesOf(NEED_THEMES, "Accord_Need_Theme", [
    "Supply and logistics",
    "Education",
    "Research and evidence",
    "Care pathway",
    "Supply and logistics",
    "Education",
    "Digital and data",
    "Research and evidence",
    "Patient access",
    "Workforce capacity"
  ]);
  const result = [];
  for (let i = 0; i < count; i++) {
    const language = LANGUAGES[pick(rnd, languages)];
    const intent = Math.floor(rnd() * language.intents.length);
    const core = language.intents[intent].replace("{p}", pick(rnd, language.products));
    const opening = pick(rnd, language.openings);
    let verbatim = (opening ? `${opening} ${core}` : core) + pick(rnd, language.endings);
    if (rnd() < 0.25) verbatim = typo(rnd, verbatim);
    if (rnd() < 0.2) verbatim = verbatim.toUpperCase();
    result.push({
      id: `n${i}`,
      accountId: `acc-${Math.floor(rnd() * 3000)}`,
      countryCode: pick(rnd, language.countries),
      theme: rnd() < 0.1 ? null : themes[intent],
      verbatim,
      decision: pick(rnd, decisions)
    });
  }
  return result;
}

module.exports = {
  planDto,
  plan,
  configuration,
  assessments,
  accountAssessments,
  accountRatings,
  stakeholders,
  needs,
  REQUIRED_ROLES
};
