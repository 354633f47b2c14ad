"use strict";
// Object, field, help-text, picklist-value and validation-message translations (objectTranslations/ and
// globalValueSetTranslations/) for every language Accord speaks. What must exist is derived from the object
// metadata, so a new field, help text, value or rule without its translations fails here, and so does a
// translation of something that no longer exists. A German or Korean user of a record page, a list view or a
// report never meets an English field name, and the values read the same as in the workspace.

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadModel, ROOT } = require("./objectModel");
const { loadObjectTranslations, loadValueSetTranslations } = require("./objectTranslationModel");
const { readLabelCatalog } = require("../../preview/build/labels");
const { loadValues } = require("../../scripts/lib/core-source");

const LANGUAGES = loadValues().LANGUAGES.filter((language) => language !== "en");

/**
 * What each language's grammar takes in a CustomObjectTranslation (Metadata API, "CustomObjectTranslation
 * Language Support: Fully Supported Languages"); anything else fails the deploy ("Cannot specify a startsWith
 * attribute for this language").
 */
const GRAMMAR = {
  de: {
    plural: true,
    genders: ["Masculine", "Feminine", "Neuter"],
    cases: ["Nominative", "Accusative", "Dative", "Genitive"]
  },
  fr: { plural: true, genders: ["Masculine", "Feminine"], startsWith: ["Consonant", "Vowel"] },
  es: { plural: true, genders: ["Masculine", "Feminine"] },
  it: { plural: true, genders: ["Masculine", "Feminine"], startsWith: ["Consonant", "Special", "Vowel"] },
  ja: { plural: false },
  ko: { plural: false },
  zh_CN: { plural: false }
};

/** Words that are the same in English and the language: a translation equal to the English text is fine. */
const SAME_WORD = {
  de: [
    "Account",
    "Code",
    "Details",
    "Dimension",
    "Gatekeeper",
    "Initiative",
    "Market Access",
    "Marketing",
    "Plan",
    "Portal",
    "Status",
    "Version"
  ],
  fr: [
    "Code",
    "Contact",
    "Description",
    "Dimension",
    "Influence",
    "Initiative",
    "Marketing",
    "Message",
    "Plan",
    "Score",
    "Source",
    "Verbatim",
    "Version"
  ],
  es: ["Marketing", "Plan", "Portal", "Provisional"],
  it: ["Account", "Marketing", "Portal"],
  ja: [],
  ko: [],
  zh_CN: []
};

// Limits of the translated texts (the same as the English ones: a field label has 40 characters).
const MAX = { label: 40, objectLabel: 40, relationshipLabel: 80, help: 510, errorMessage: 255, section: 80 };

/** Korean particles whose form depends on the sound before them, so they cannot follow a digit. */
const KOREAN_PARTICLE_AFTER_DIGIT = /\d(?:이|가|을|를|은|는|와|과|으로|로)(?=$|[\s.,;:!?)])/;
const KOREAN_DOUBLE_PARTICLE = /이\(가\)|을\(를\)|은\(는\)|와\(과\)|\(으\)로/;

const bool = (value) => value === true || value === "true";
const asArray = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const text = (value) => (value === undefined || value === null ? "" : String(value));
/** English text a translation may equal: no lower-case letters (codes, acronyms, tiers) or the same word. */
const sameWordAllowed = (english, language) => !/\p{Ll}/u.test(english) || SAME_WORD[language].includes(english);

/** One translated text: present, not empty, not the English text, within its limit, natural Korean. */
function textProblems(where, english, translated, language, limit) {
  const value = text(translated).trim();
  if (!value) return [`${where} is not translated`];
  const problems = [];
  if (value === english && !sameWordAllowed(english, language)) {
    problems.push(`${where} is the English text "${english}"`);
  }
  if (value.length > limit) problems.push(`${where} has ${value.length} characters, more than ${limit}`);
  if (language === "ko" && (KOREAN_PARTICLE_AFTER_DIGIT.test(value) || KOREAN_DOUBLE_PARTICLE.test(value))) {
    problems.push(`${where} puts a particle after a number or writes both particle forms: "${value}"`);
  }
  return problems;
}

/** The labels of a picklist field's local values ([] for a global value set or another type): a translation's
 * <masterLabel> names the value by its English label. */
function localValues(field) {
  const definition = field.valueSet && field.valueSet.valueSetDefinition;
  return definition ? definition.value.map((value) => text(value.label || value.fullName)) : [];
}

/** Workspace labels by their English text: a picklist value translated as the workspace says it. */
function workspaceWords(catalog, language) {
  const words = new Map();
  for (const [name, english] of Object.entries(catalog.en)) {
    const translated = catalog.translations[language] && catalog.translations[language][name];
    if (translated === undefined) continue;
    if (!words.has(english)) words.set(english, new Set());
    words.get(english).add(translated);
  }
  return words;
}

/** Picklist values: exactly the value set, each translated (as the workspace labels say it, when they have it). */
function valueProblems(where, englishLabels, entries, language, words) {
  const problems = [];
  const byMaster = new Map(entries.map((entry) => [text(entry.masterLabel), entry]));
  for (const english of englishLabels) {
    const entry = byMaster.get(english);
    const translated = entry && text(entry.translation).trim();
    const known = words.get(english);
    if (known && known.has(translated)) continue; // the workspace's own word, identical or not
    // A value the workspace writes the same in this language (a language's own name) keeps its English label.
    if (!entry && known && known.has(english)) continue;
    problems.push(...textProblems(`${where} value "${english}"`, english, translated, language, MAX.label));
    if (translated && known) {
      problems.push(`${where} value "${english}" reads "${translated}", the workspace says ${[...known].join(" / ")}`);
    }
  }
  for (const master of byMaster.keys()) {
    if (!englishLabels.includes(master)) problems.push(`${where} translates "${master}", which is not a value`);
  }
  return problems;
}

/** The object's own names: singular and plural in every case the language has, gender and first sound. */
function objectNameProblems(where, object, translation, language) {
  const grammar = GRAMMAR[language];
  const problems = [];
  const caseValues = translation.caseValues || [];
  const wanted = [false, ...(grammar.plural ? [true] : [])].flatMap((plural) =>
    (grammar.cases || [undefined]).map((caseType) => ({ plural, caseType }))
  );
  for (const { plural, caseType } of wanted) {
    const entry = caseValues.find(
      (value) => bool(value.plural) === plural && (value.caseType || "Nominative") === (caseType || "Nominative")
    );
    const english = plural ? text(object.pluralLabel) : text(object.label);
    const name = `${where} ${plural ? "plural" : "singular"}${caseType ? ` ${caseType}` : ""}`;
    problems.push(...textProblems(name, english, entry && entry.value, language, MAX.objectLabel));
  }
  for (const value of caseValues) {
    if (bool(value.plural) && !grammar.plural) problems.push(`${where} has a plural, ${language} has none`);
    if (value.caseType && !(grammar.cases || []).includes(value.caseType)) {
      problems.push(`${where} has the case ${value.caseType}, ${language} has none`);
    }
    if (value.article || value.possessive) problems.push(`${where} names an article or possessive: not used here`);
  }
  for (const [element, allowed] of [
    ["gender", grammar.genders],
    ["startsWith", grammar.startsWith]
  ]) {
    const value = text(translation[element]);
    if (allowed && !allowed.includes(value))
      problems.push(`${where} needs <${element}> (one of ${allowed.join(", ")})`);
    if (!allowed && value) problems.push(`${where} has <${element}>, which ${language} does not take`);
  }
  if (object.nameField) {
    const english = text(object.nameField.label);
    problems.push(...textProblems(`${where} name field`, english, translation.nameFieldLabel, language, MAX.label));
  }
  return problems;
}

/** One field: label, help text and relationship label as in the field metadata, its local picklist values. */
function fieldProblems(where, field, translation, language, words) {
  if (!translation) return [`${where} has no fieldTranslation`];
  const problems = [];
  if (text(translation.name) !== field.fullName) problems.push(`${where} names <name>${text(translation.name)}</name>`);
  problems.push(...textProblems(`${where} label`, text(field.label), translation.label, language, MAX.label));
  for (const [english, element, limit] of [
    [field.inlineHelpText, "help", MAX.help],
    [field.relationshipLabel, "relationshipLabel", MAX.relationshipLabel]
  ]) {
    if (english)
      problems.push(...textProblems(`${where} ${element}`, text(english), translation[element], language, limit));
    else if (translation[element] !== undefined)
      problems.push(`${where} translates a ${element} the field does not have`);
  }
  const globalSet = field.valueSet && field.valueSet.valueSetName;
  if (globalSet && (translation.picklistValues || []).length) {
    problems.push(
      `${where} translates values of the global value set ${globalSet}: translate them in globalValueSetTranslations`
    );
  } else if (!globalSet) {
    problems.push(...valueProblems(where, localValues(field), translation.picklistValues || [], language, words));
  }
  return problems;
}

/** Every problem of one object in one language, one line each. */
function objectProblems(object, entry, language, words) {
  const where = `${language}: ${object.name}`;
  if (!entry || !entry.translation) return [`${where} has no objectTranslations/${object.name}-${language}`];
  const { translation, fields } = entry;
  const problems = entry.files.map((file) => `${where} has ${file}, which is not a field translation`);
  if (object.object) problems.push(...objectNameProblems(where, object.object, translation, language));
  else if (translation.caseValues || translation.gender || translation.startsWith || translation.nameFieldLabel) {
    problems.push(`${where} renames a standard object: translate only its Accord fields`);
  }
  for (const [name, field] of object.fields) {
    problems.push(...fieldProblems(`${where}.${name}`, field, fields.get(name), language, words));
  }
  for (const name of fields.keys()) {
    if (!object.fields.has(name)) problems.push(`${where}.${name} is translated but is not a field`);
  }
  const rules = new Map(object.rules.map((rule) => [rule.fullName, text(rule.errorMessage)]));
  const translatedRules = new Map(
    (translation.validationRules || []).map((rule) => [text(rule.name), rule.errorMessage])
  );
  problems.push(...namedTextProblems(`${where} rule`, rules, translatedRules, language, MAX.errorMessage));
  const sections = new Map(
    (object.layouts || []).flatMap((layout) => layout.sections.map((label) => [`${layout.name} / ${label}`, label]))
  );
  const translatedSections = new Map(
    asArray(translation.layouts).flatMap((layout) =>
      asArray(layout.sections).map((section) => [`${text(layout.layout)} / ${text(section.section)}`, section.label])
    )
  );
  problems.push(...namedTextProblems(`${where} layout section`, sections, translatedSections, language, MAX.section));
  return problems;
}

/** Named texts (validation messages, layout sections): each translated, and none that no longer exists. */
function namedTextProblems(where, english, translated, language, limit) {
  const problems = [];
  for (const [name, value] of english) {
    problems.push(...textProblems(`${where} ${name}`, value, translated.get(name), language, limit));
  }
  for (const name of translated.keys()) {
    if (!english.has(name)) problems.push(`${where} ${name} is translated but does not exist`);
  }
  return problems;
}

/** Every global value set in every language, and no translation of a set or language Accord does not have. */
function valueSetProblems(globalValueSets, translations, languages, wordsOf) {
  const problems = [];
  for (const [set, definition] of globalValueSets) {
    const labels = definition.customValue.map((value) => text(value.label || value.fullName));
    for (const language of languages) {
      const entry = translations.get(`${set}-${language}`);
      if (!entry) problems.push(`${language}: no globalValueSetTranslations/${set}-${language}`);
      else problems.push(...valueProblems(`${language}: ${set}`, labels, entry.values, language, wordsOf(language)));
    }
  }
  for (const [name, entry] of translations) {
    if (!globalValueSets.has(entry.set) || !languages.includes(entry.language)) {
      problems.push(`${name}: a translation of a value set or language Accord does not have`);
    }
  }
  return problems;
}

/** Objects users meet on record pages, lists and reports, and the configuration types admins edit in Setup. */
function translatedObjects(model) {
  // Platform events (__e) are published and read by code only: no user sees their names.
  const objects = [...model.objects, ...model.cmdtObjects].filter(([name]) => !name.endsWith("__e"));
  return new Map(objects.map(([name, object]) => [name, { ...object, layouts: layoutsOf(model.layouts, name) }]));
}

/** The page layouts of an object ("<Object>-<Layout name>" files) with the labels of their sections. */
function layoutsOf(layouts, objectName) {
  return [...layouts]
    .filter(([file]) => file.startsWith(`${objectName}-`))
    .map(([file, layout]) => ({
      name: file.slice(objectName.length + 1),
      sections: asArray(layout.layoutSections)
        .map((section) => text(section.label))
        .filter(Boolean)
    }));
}

/** Every problem of every object in every language, plus folders for objects or languages Accord does not have. */
function allObjectProblems(objects, translations, languages, wordsOf) {
  const problems = [];
  for (const language of languages) {
    const words = wordsOf(language);
    for (const object of objects.values()) {
      problems.push(...objectProblems(object, translations.get(`${object.name}-${language}`), language, words));
    }
  }
  for (const [name, entry] of translations) {
    if (!objects.has(entry.object) || !languages.includes(entry.language)) {
      problems.push(`objectTranslations/${name}: an object or language Accord does not translate`);
    }
  }
  return problems;
}

const model = loadModel();
const catalog = readLabelCatalog(ROOT);
const wordsOf = (language) => workspaceWords(catalog, language);

test("every language Accord speaks has its grammar and same-word list here", () => {
  assert.deepEqual(
    LANGUAGES.filter((language) => !GRAMMAR[language] || !SAME_WORD[language]),
    [],
    "add the language to GRAMMAR (from the Metadata API language support table) and SAME_WORD"
  );
});

test("every object, field, help text, picklist value and validation message is translated", () => {
  const problems = allObjectProblems(translatedObjects(model), loadObjectTranslations(), LANGUAGES, wordsOf);
  assert.deepEqual(problems, []);
});

test("every value of every global value set is translated, as the workspace says it", () => {
  const problems = valueSetProblems(model.globalValueSets, loadValueSetTranslations(), LANGUAGES, wordsOf);
  assert.deepEqual(problems, []);
});

// The checks above on small made-up inputs: each kind of mistake is found.
const NEED = {
  name: "Need__c",
  object: { label: "Need", pluralLabel: "Needs", nameField: { label: "Need Number" } },
  fields: new Map([
    [
      "Decision__c",
      {
        fullName: "Decision__c",
        label: "Decision",
        inlineHelpText: "Commit or decline, from 1 to 5.",
        valueSet: {
          valueSetDefinition: {
            value: [
              { fullName: "Commit", label: "Commit" },
              { fullName: "Later", label: "Later" }
            ]
          }
        }
      }
    ],
    ["Theme__c", { fullName: "Theme__c", label: "Theme", valueSet: { valueSetName: "Need_Theme" } }],
    ["Plan__c", { fullName: "Plan__c", label: "Plan", relationshipLabel: "Needs" }]
  ]),
  rules: [{ fullName: "Verbatim_Required", errorMessage: "Enter the need." }],
  layouts: [{ name: "Need Layout", sections: ["Information"] }]
};
const WORDS = new Map([["Commit", new Set(["Zusagen"])]]);
const GERMAN_NEED = () => ({
  object: "Need__c",
  language: "de",
  files: [],
  translation: {
    gender: "Masculine",
    nameFieldLabel: "Bedarfsnummer",
    caseValues: [false, true].flatMap((plural) =>
      GRAMMAR.de.cases.map((caseType) => ({ plural: String(plural), caseType, value: plural ? "Bedarfe" : "Bedarf" }))
    ),
    validationRules: [{ name: "Verbatim_Required", errorMessage: "Geben Sie den Bedarf ein." }],
    layouts: { layout: "Need Layout", sections: { label: "Informationen", section: "Information" } }
  },
  fields: new Map([
    [
      "Decision__c",
      {
        name: "Decision__c",
        label: "Entscheidung",
        help: "Zusagen oder ablehnen, von 1 bis 5.",
        picklistValues: [
          { masterLabel: "Commit", translation: "Zusagen" },
          { masterLabel: "Later", translation: "Später" }
        ]
      }
    ],
    ["Theme__c", { name: "Theme__c", label: "Thema" }],
    ["Plan__c", { name: "Plan__c", label: "Plan", relationshipLabel: "Bedarfe" }]
  ])
});

test("a complete translation passes", () => {
  assert.deepEqual(objectProblems(NEED, GERMAN_NEED(), "de", WORDS), []);
});

test("the check finds missing, empty, English, stale and over-long translations, rules and sections", () => {
  const entry = GERMAN_NEED();
  entry.fields.get("Decision__c").help = "Commit or decline, from 1 to 5.";
  entry.fields.get("Decision__c").label = " ";
  entry.fields.get("Decision__c").picklistValues = [
    { masterLabel: "Commit", translation: "Festlegen" },
    { masterLabel: "Gone", translation: "Weg" }
  ];
  entry.fields.get("Plan__c").relationshipLabel = "B".repeat(81);
  entry.fields.delete("Theme__c");
  entry.fields.set("Old__c", { name: "Old__c", label: "Alt" });
  entry.translation.validationRules = [{ name: "Old_Rule", errorMessage: "Alt." }];
  entry.translation.layouts = [
    {
      layout: "Need Layout",
      sections: [
        { label: "Information", section: "Information" },
        { label: "Alt", section: "Old" }
      ]
    }
  ];
  assert.deepEqual(objectProblems(NEED, entry, "de", WORDS), [
    "de: Need__c.Decision__c label is not translated",
    'de: Need__c.Decision__c help is the English text "Commit or decline, from 1 to 5."',
    'de: Need__c.Decision__c value "Commit" reads "Festlegen", the workspace says Zusagen',
    'de: Need__c.Decision__c value "Later" is not translated',
    'de: Need__c.Decision__c translates "Gone", which is not a value',
    "de: Need__c.Theme__c has no fieldTranslation",
    "de: Need__c.Plan__c relationshipLabel has 81 characters, more than 80",
    "de: Need__c.Old__c is translated but is not a field",
    "de: Need__c rule Verbatim_Required is not translated",
    "de: Need__c rule Old_Rule is translated but does not exist",
    'de: Need__c layout section Need Layout / Information is the English text "Information"',
    "de: Need__c layout section Need Layout / Old is translated but does not exist"
  ]);
});

test("the check knows each language's grammar: cases, plural, gender and first sound", () => {
  const german = GERMAN_NEED();
  german.translation.caseValues = german.translation.caseValues.filter((value) => value.caseType !== "Genitive");
  delete german.translation.gender;
  assert.deepEqual(objectProblems(NEED, german, "de", WORDS).slice(0, 3), [
    "de: Need__c singular Genitive is not translated",
    "de: Need__c plural Genitive is not translated",
    "de: Need__c needs <gender> (one of Masculine, Feminine, Neuter)"
  ]);
  const japanese = GERMAN_NEED();
  japanese.translation.caseValues = [
    { plural: "false", value: "ニーズ" },
    { plural: "true", value: "ニーズ" }
  ];
  japanese.translation.nameFieldLabel = "ニーズ番号";
  assert.deepEqual(objectProblems(NEED, { ...japanese, language: "ja" }, "ja", new Map()).slice(0, 2), [
    "ja: Need__c has a plural, ja has none",
    "ja: Need__c has <gender>, which ja does not take"
  ]);
  const french = GERMAN_NEED();
  french.translation.caseValues = [
    { plural: "false", value: "Besoin" },
    { plural: "true", value: "Besoins" }
  ];
  french.translation.nameFieldLabel = "Numéro du besoin";
  assert.deepEqual(objectProblems(NEED, { ...french, language: "fr" }, "fr", WORDS).slice(0, 1), [
    "fr: Need__c needs <startsWith> (one of Consonant, Vowel)"
  ]);
});

test("the check finds a global value set translated on the field, and Korean particles after numbers", () => {
  const entry = GERMAN_NEED();
  entry.fields.get("Theme__c").picklistValues = [{ masterLabel: "Access", translation: "Zugang" }];
  assert.deepEqual(objectProblems(NEED, entry, "de", WORDS), [
    "de: Need__c.Theme__c translates values of the global value set Need_Theme: translate them in globalValueSetTranslations"
  ]);
  assert.deepEqual(textProblems("ko: help", "From 1 to 5.", "1에서 5로 선택하십시오.", "ko", 510), [
    'ko: help puts a particle after a number or writes both particle forms: "1에서 5로 선택하십시오."'
  ]);
  assert.deepEqual(textProblems("ko: help", "From 1 to 5.", "1부터 5까지 선택하십시오.", "ko", 510), []);
  assert.deepEqual(textProblems("de: label", "KAM", "KAM", "de", 40), []);
});

test("a value the workspace writes the same in the language (its own name) may keep its English label", () => {
  const words = new Map([
    ["Deutsch", new Set(["Deutsch"])],
    ["English", new Set(["English"])]
  ]);
  assert.deepEqual(valueProblems("ja: Plan_Language__c", ["Deutsch", "English", "Draft"], [], "ja", words), [
    'ja: Plan_Language__c value "Draft" is not translated'
  ]);
});

test("the value set check finds a missing language, a missing value and a set Accord does not have", () => {
  const sets = new Map([
    ["Party", { customValue: [{ fullName: "Company", label: "Company" }, { fullName: "Customer" }] }]
  ]);
  const translations = new Map([
    ["Party-de", { set: "Party", language: "de", values: [{ masterLabel: "Company", translation: "Unternehmen" }] }],
    ["Gone-de", { set: "Gone", language: "de", values: [] }]
  ]);
  assert.deepEqual(
    valueSetProblems(sets, translations, ["de", "fr"], () => new Map()),
    [
      'de: Party value "Customer" is not translated',
      "fr: no globalValueSetTranslations/Party-fr",
      "Gone-de: a translation of a value set or language Accord does not have"
    ]
  );
});

test("a folder for an object or a language Accord does not translate is reported", () => {
  const objects = new Map([["Need__c", NEED]]);
  const translations = new Map([
    ["Need__c-de", GERMAN_NEED()],
    ["Need__c-pt_BR", { ...GERMAN_NEED(), language: "pt_BR" }],
    ["Accord_Log_Event__e-de", { ...GERMAN_NEED(), object: "Accord_Log_Event__e" }]
  ]);
  assert.deepEqual(
    allObjectProblems(objects, translations, ["de"], () => WORDS),
    [
      "objectTranslations/Need__c-pt_BR: an object or language Accord does not translate",
      "objectTranslations/Accord_Log_Event__e-de: an object or language Accord does not translate"
    ]
  );
});
