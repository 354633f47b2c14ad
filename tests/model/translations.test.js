"use strict";
// Every custom label is translated into each language DESIGN.md names, keeping its placeholders,
// so a German or Korean user never meets an English string or a broken "{0}".

const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { readLabelCatalog } = require("../../preview/build/labels");

const LANGUAGES = ["de", "fr", "es", "it", "ja", "ko", "zh_CN"];
const placeholders = (text) => [...new Set(text.match(/\{\d+\}/g) || [])].sort().join(" ");

/** Problems of one language's translations against the English labels, one line each. */
function translationProblems(en, translated, language) {
  if (!translated) return [`${language}: no translations/${language}.translation-meta.xml`];
  const problems = [];
  for (const [name, value] of Object.entries(en)) {
    const text = translated[name];
    if (text === undefined) problems.push(`${language}: ${name} is not translated`);
    else if (!text.trim()) problems.push(`${language}: ${name} is empty`);
    else if (placeholders(text) !== placeholders(value)) {
      problems.push(
        `${language}: ${name} has placeholders [${placeholders(text)}], English has [${placeholders(value)}]`
      );
    }
  }
  return problems;
}

const catalog = readLabelCatalog(path.join(__dirname, "../.."));

test("every label is translated into de, fr, es, it, ja, ko and zh_CN with the same placeholders", () => {
  const problems = LANGUAGES.flatMap((language) =>
    translationProblems(catalog.en, catalog.translations[language], language)
  );
  assert.deepEqual(problems, []);
});

test("the translation check catches a missing language, a missing label, an empty one and a lost placeholder", () => {
  const en = { Accord_A: "Saved {0} of {1}", Accord_B: "Share", Accord_C: "Close" };
  assert.deepEqual(translationProblems(en, undefined, "fr"), ["fr: no translations/fr.translation-meta.xml"]);
  assert.deepEqual(translationProblems(en, { Accord_A: "{1} von {0} gespeichert", Accord_B: " " }, "de"), [
    "de: Accord_B is empty",
    "de: Accord_C is not translated"
  ]);
  assert.deepEqual(translationProblems(en, { Accord_A: "{0} 保存", Accord_B: "共有", Accord_C: "閉じる" }, "ja"), [
    "ja: Accord_A has placeholders [{0}], English has [{0} {1}]"
  ]);
});

/**
 * A Korean particle depends on the last sound of the word before it (은/는, 이/가, 을/를, 와/과, 으로/로), which a
 * number or a name filled into {n} does not let a translator know: "버전 2이(가)" reads as a form, not a sentence.
 * So no particle follows a placeholder, also not behind quotes or a parenthesis right after it ({0}(Accord Logs)을(를));
 * the invariant ones (의, 에, 에서, 까지, …), counters ({0}개, {0}자) and a noun in between ({0} 항목은) are fine.
 */
const KO_PARTICLE_AFTER_PLACEHOLDER =
  /\{\d+\}(?:\([^(){}]*\))?["'”’」]*(?:은\(는\)|는\(은\)|이\(가\)|가\(이\)|을\(를\)|를\(을\)|와\(과\)|과\(와\)|\(으\)로|\(이\)|이어야|여야|은|는|이|가|을|를|와|과|으로|로)(?![가-힣])/u;

function koreanParticleProblems(translated) {
  return Object.entries(translated)
    .filter(([, text]) => KO_PARTICLE_AFTER_PLACEHOLDER.test(text))
    .map(([name, text]) => `ko: ${name} puts a particle after a placeholder: ${text}`);
}

test("no Korean label puts a particle (은/는, 이/가, 을/를, 와/과, 으로/로) right after a placeholder", () => {
  assert.deepEqual(koreanParticleProblems(catalog.translations.ko), []);
});

test("the Korean particle check catches each particle form after a placeholder and passes restructured sentences", () => {
  const caught = {
    Accord_A: "{0}이(가) 버전 {1}에 서명함",
    Accord_B: "{0}은(는) 필수입니다.",
    Accord_C: '코드 "{1}"을(를) 확인하세요.',
    Accord_D: "상태 {0}(으)로 종료되었습니다.",
    Accord_E: "{0}와(과)의 미팅",
    Accord_F: "참조 번호 {0}(Accord Logs)을(를) 알려 주십시오.",
    Accord_G: "버전 {0}이 공유되었습니다.",
    Accord_H: "첫 번째 행은 정확히 {1}이어야 합니다."
  };
  const fine = {
    Accord_I: "버전 {1} 서명자: {0}",
    Accord_J: "{0}: {1} 항목은 필수입니다.",
    Accord_K: "{0}의 상속 항목",
    Accord_L: "{0}개 중 {1}개를 저장했습니다.",
    Accord_M: "{0}님과의 미팅을 계획하세요.",
    Accord_N: "새 버전(버전 {0})이 만들어집니다.",
    Accord_O: "{0}: {1}에서 {2} 사이의 정수여야 합니다."
  };
  assert.deepEqual(
    koreanParticleProblems({ ...caught, ...fine }).map((line) => line.split(" ")[1]),
    Object.keys(caught)
  );
});
