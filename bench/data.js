"use strict";
// Synthetic, deterministic inputs for scripts/bench.js (a seeded generator: same data every run).

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

function plan(needCount) {
  const initiatives = [];
  for (let i = 0; i < 5; i++) {
    initiatives.push({
      key: `ini-${i}`,
      sequence: i + 1,
      title: `Initiative ${i + 1}: shorten time to therapy — 治療開始までの時間 ${i}`,
      successMeasure: `Median days to first infusion below ${20 - i}`,
      targetDate: "2026-11-30",
      status: "On track",
      commitments: ["Company", "Customer"].map((party, j) => ({
        key: `com-${i}-${j}`,
        sequence: j + 1,
        party,
        description: `${party} commitment ${j + 1} for initiative ${i + 1} — "Zusage" 약속`,
        ownerUserId: party === "Company" ? "005000000000001" : null,
        ownerContactId: party === "Customer" ? "003000000000001" : null,
        ownerName: party === "Company" ? "Anna Berg" : "Dr. Müller",
        dueDate: "2026-09-30",
        status: "Open",
        reviewOutcome: null
      }))
    });
  }
  const decisions = ["Commit", "Defer", "Decline", "Commit"];
  const needs = [];
  for (let n = 0; n < needCount; n++) {
    const decision = decisions[n % decisions.length];
    needs.push({
      key: `need-${String(n).padStart(4, "0")}`,
      sequence: n + 1,
      verbatim: `Need ${n}: we need faster delivery of oncology drugs / schnellere Lieferung / 納品を早く / 배송 ${n}`,
      theme: pick(() => (n % 7) / 7, ["Supply", "Training", "Access", "Data", "Support", "Digital", "Events"]),
      raisedById: null,
      raisedByName: "Dr. Weber",
      customerPriority: (n % 5) + 1,
      decision,
      decisionRationale: decision === "Commit" ? null : "Not in scope this year; revisit at the annual review.",
      initiativeKey: decision === "Commit" ? `ini-${n % 5}` : null
    });
  }
  return {
    accountId: "001000000000001",
    accountName: "Universitätsklinikum Beispiel",
    status: "Draft",
    version: 1,
    contentHash: null,
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    customerGoals: "Shorter time to therapy for every oncology patient.",
    planLanguage: "de",
    countryCode: "DE",
    sharedOn: null,
    agreedOn: null,
    reopenReason: null,
    needs,
    initiatives,
    signatures: [],
    reviews: []
  };
}

function configuration() {
  return {
    archetypes: [
      {
        code: "HOSP",
        label: "Hospital-led",
        description: "",
        decisionMaking: "",
        careIntegration: "",
        requiredRoles: ["CMO", "HEAD_PHARMACY", "PROCUREMENT"],
        criterionWeights: { ACCESS: 3 }
      },
      {
        code: "INTEG",
        label: "Integrated",
        description: "",
        decisionMaking: "",
        careIntegration: "",
        requiredRoles: ["CMO", "PAYER_LIAISON"],
        criterionWeights: { INNOV: 2 }
      }
    ],
    countries: [
      {
        countryCode: "DE",
        archetypeCode: "HOSP",
        kamReadiness: "Established",
        pullThroughStrategy: "",
        reviewCadenceMonths: 12
      },
      {
        countryCode: "KR",
        archetypeCode: "INTEG",
        kamReadiness: "Developing",
        pullThroughStrategy: "",
        reviewCadenceMonths: 6
      },
      {
        countryCode: "JP",
        archetypeCode: "INTEG",
        kamReadiness: "Developing",
        pullThroughStrategy: "",
        reviewCadenceMonths: 12
      }
    ],
    roleProfiles: ["CMO", "HEAD_PHARMACY", "PROCUREMENT", "PAYER_LIAISON", "KOL"].flatMap((roleCode) =>
      ["en", "de", "ja", "ko"].flatMap((language) => [
        {
          roleCode,
          countryCode: null,
          archetypeCode: null,
          language,
          priorities: "p",
          evidenceNeeds: "e",
          approach: "a"
        },
        {
          roleCode,
          countryCode: null,
          archetypeCode: "HOSP",
          language,
          priorities: "p",
          evidenceNeeds: "e",
          approach: "a"
        },
        {
          roleCode,
          countryCode: "KR",
          archetypeCode: null,
          language,
          priorities: "p",
          evidenceNeeds: "e",
          approach: "a"
        }
      ])
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

function stakeholders(count) {
  const rnd = random(3);
  const roles = ["CMO", "HEAD_PHARMACY", "PROCUREMENT", "KOL", "NURSE", "CFO"];
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    accountId: "001000000000001",
    contactId: null,
    name: `Stakeholder ${i}`,
    role: pick(rnd, roles),
    influence: 1 + Math.floor(rnd() * 5),
    decisionRole: null,
    stance: Math.floor(rnd() * 5) - 2,
    relationshipStrength: 1 + Math.floor(rnd() * 5),
    relationshipOwnerId: rnd() < 0.1 ? null : `U${Math.floor(rnd() * 8)}`,
    relationshipOwnerName: null,
    reportsToId: null,
    isSignatory: rnd() < 0.05,
    lastEngagedOn: null
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
  const themes = [
    "Supply",
    "Training",
    "Evidence",
    "Patient support",
    "Supply",
    "Training",
    "Digital",
    "Evidence",
    "Access",
    "Field force"
  ];
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

module.exports = { plan, configuration, assessments, accountAssessments, accountRatings, stakeholders, needs };
