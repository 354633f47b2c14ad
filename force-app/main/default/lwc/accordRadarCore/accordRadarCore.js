// GENERATED FILE: do not edit. Source: src/core (TypeScript), built by `npm run build`.
// checks/generated.js fails when this file is stale.
import { requireNumber, requireArray, fail, compareText, requireObject, requireText, requireOneOf, optionalText, roundToTenth } from 'c/accordCore';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
function normalizeForMatching(text) {
    return text.normalize("NFKC").toLowerCase().replace(SEPARATORS, " ").trim();
}
function shinglesOfNormalized(normalized) {
    const shingles = new Set();
    if (normalized === "")
        return [];
    for (const word of normalized.split(" ")) {
        if (CJK.test(word))
            addGrams(shingles, Array.from(word), 2);
        else
            addGrams(shingles, Array.from(` ${word} `), 3);
    }
    return [...shingles].sort();
}
function addGrams(into, chars, n) {
    if (chars.length <= n) {
        into.add(chars.join(""));
        return;
    }
    for (let i = 0; i + n <= chars.length; i++)
        into.add(chars.slice(i, i + n).join(""));
}
function jaccard(a, b) {
    const overlap = overlapOf(a, b);
    const union = a.length + b.length - overlap;
    return union === 0 ? 0 : overlap / union;
}
function overlapOf(a, b) {
    let i = 0;
    let j = 0;
    let overlap = 0;
    while (i < a.length && j < b.length) {
        if (a[i] === b[j]) {
            overlap++;
            i++;
            j++;
        }
        else if (a[i] < b[j])
            i++;
        else
            j++;
    }
    return overlap;
}

function leaderClustersIndexed(sets, order, threshold) {
    const leaderOf = new Array(sets.length).fill(-1);
    const leaders = [];
    const postings = new Map();
    const seenBy = [];
    for (const x of order) {
        const set = sets[x];
        const minLength = threshold * set.length - 1e-9;
        const maxLength = set.length / threshold + 1e-9;
        let best = -1;
        let bestSimilarity = 0;
        for (let k = 0; k < prefixLength(set.length, threshold); k++) {
            const list = postings.get(set[k]);
            if (list === undefined)
                continue;
            for (const l of list) {
                if (seenBy[l] === x)
                    continue;
                seenBy[l] = x;
                const size = sets[leaders[l]].length;
                if (size < minLength || size > maxLength)
                    continue;
                const similarity = jaccard(set, sets[leaders[l]]);
                if (meets(similarity, threshold) &&
                    (similarity > bestSimilarity || (similarity === bestSimilarity && l < best))) {
                    best = l;
                    bestSimilarity = similarity;
                }
            }
        }
        if (best !== -1) {
            leaderOf[x] = best;
            continue;
        }
        const l = leaders.push(x) - 1;
        leaderOf[x] = l;
        seenBy.push(-1);
        for (let k = 0; k < prefixLength(set.length, threshold); k++) {
            const list = postings.get(set[k]);
            if (list)
                list.push(l);
            else
                postings.set(set[k], [l]);
        }
    }
    return leaderOf;
}
function prefixLength(size, threshold) {
    return Math.min(size, size - Math.ceil(threshold * size - 1e-9) + 1);
}
function meets(similarity, threshold) {
    return similarity > 0 && similarity >= threshold - 1e-12;
}

const DEFAULT_SIMILARITY_THRESHOLD = 0.5;
const DEFAULT_REPRESENTATIVES = 3;
const DECISIONS = ["Pending", "Commit", "Defer", "Decline"];
function groupNeeds(needs, options = {}) {
    const threshold = requireNumber(options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD, "options.threshold", {
        min: 0.01,
        max: 1
    });
    const keep = requireNumber(options.representatives ?? DEFAULT_REPRESENTATIVES, "options.representatives", {
        min: 1,
        max: 100,
        integer: true
    });
    const minAccounts = requireNumber(options.minAccounts ?? 1, "options.minAccounts", {
        min: 1,
        max: 1e9,
        integer: true
    });
    const signals = requireArray(needs, "needs").map(readNeed);
    const textIndex = new Map();
    const textOf = [];
    const texts = [];
    const heard = [];
    signals.forEach((need, i) => {
        const normalized = normalizeForMatching(need.verbatim);
        if (normalized === "") {
            fail("INVALID_INPUT", `needs[${i}].verbatim has no letters or digits: record the customer's words.`);
        }
        let t = textIndex.get(normalized);
        if (t === undefined) {
            t = texts.length;
            textIndex.set(normalized, t);
            texts.push(normalized);
            heard.push(0);
        }
        heard[t]++;
        textOf.push(t);
    });
    const shingles = texts.map(shinglesOfNormalized);
    const order = texts.map((_, t) => t).sort((a, b) => heard[b] - heard[a] || compareText(texts[a], texts[b]));
    const leaderOf = leaderClustersIndexed(toRarestFirstIds(shingles), order, threshold);
    const byLeader = new Map();
    signals.forEach((_, i) => {
        const leader = leaderOf[textOf[i]];
        const members = byLeader.get(leader);
        if (members)
            members.push(i);
        else
            byLeader.set(leader, [i]);
    });
    const groups = [];
    for (const members of byLeader.values()) {
        const aggregate = aggregateOf(members.map((i) => signals[i]));
        if (aggregate.accounts < minAccounts)
            continue;
        groups.push({
            ...aggregate,
            representatives: representatives(members, signals, textOf, shingles, keep),
            themes: themeMix(members.map((i) => signals[i].theme)),
            members
        });
    }
    groups.sort((a, b) => b.accounts - a.accounts || b.needs - a.needs || compareText(a.representatives[0], b.representatives[0]));
    return { groups, themes: themeSummaries(signals), distinctTexts: texts.length };
}
function themeSummaries(needs) {
    const byTheme = new Map();
    for (const need of needs) {
        const list = byTheme.get(need.theme);
        if (list)
            list.push(need);
        else
            byTheme.set(need.theme, [need]);
    }
    return [...byTheme.entries()]
        .map(([theme, list]) => ({ theme, ...aggregateOf(list) }))
        .sort((a, b) => nullLast(a.theme, b.theme) || b.accounts - a.accounts || b.needs - a.needs || compareThemes(a.theme, b.theme));
}
function nullLast(a, b) {
    return (a === null ? 1 : 0) - (b === null ? 1 : 0);
}
function compareThemes(a, b) {
    return a === null || b === null ? nullLast(a, b) : compareText(a, b);
}
function aggregateOf(needs) {
    const decisions = { Pending: 0, Commit: 0, Defer: 0, Decline: 0 };
    const accounts = new Set();
    const countries = new Set();
    for (const need of needs) {
        decisions[need.decision]++;
        accounts.add(need.accountId);
        if (need.countryCode !== null)
            countries.add(need.countryCode);
    }
    const declinedOrDeferred = decisions.Decline + decisions.Defer;
    return {
        needs: needs.length,
        accounts: accounts.size,
        countries: countries.size,
        countryCodes: [...countries].sort(compareText),
        decisions,
        declinedOrDeferred,
        declinedOrDeferredPercent: roundToTenth((declinedOrDeferred / needs.length) * 100)
    };
}
function themeMix(themes) {
    const counts = new Map();
    for (const theme of themes)
        counts.set(theme, (counts.get(theme) ?? 0) + 1);
    return [...counts.entries()]
        .map(([theme, needs]) => ({ theme, needs }))
        .sort((a, b) => b.needs - a.needs || compareThemes(a.theme, b.theme));
}
function representatives(members, signals, textOf, shingles, keep) {
    const perText = new Map();
    for (const i of members) {
        const entry = perText.get(textOf[i]);
        const verbatim = signals[i].verbatim.trim();
        if (!entry)
            perText.set(textOf[i], { count: 1, verbatim });
        else {
            entry.count++;
            if (verbatim < entry.verbatim)
                entry.verbatim = verbatim;
        }
    }
    const shingleTexts = new Map();
    for (const t of perText.keys())
        for (const s of shingles[t])
            shingleTexts.set(s, (shingleTexts.get(s) ?? 0) + 1);
    const centrality = (t) => shingles[t].reduce((sum, s) => sum + shingleTexts.get(s), 0) / (shingles[t].length * perText.size);
    return [...perText.entries()]
        .map(([t, e]) => ({ ...e, centrality: centrality(t) }))
        .sort((a, b) => b.count - a.count || b.centrality - a.centrality || compareText(a.verbatim, b.verbatim))
        .slice(0, keep)
        .map((e) => e.verbatim);
}
function toRarestFirstIds(shingles) {
    const frequency = new Map();
    for (const set of shingles)
        for (const s of set)
            frequency.set(s, (frequency.get(s) ?? 0) + 1);
    const ranked = [...frequency.keys()].sort((a, b) => frequency.get(a) - frequency.get(b) || compareText(a, b));
    const id = new Map();
    ranked.forEach((s, i) => id.set(s, i));
    return shingles.map((set) => Int32Array.from(set, (s) => id.get(s)).sort());
}
function readNeed(need, i) {
    const at = `needs[${i}]`;
    requireObject(need, at);
    const verbatim = requireText(need.verbatim, `${at}.verbatim`);
    return {
        id: need.id,
        accountId: requireText(need.accountId, `${at}.accountId`),
        countryCode: optionalText(need.countryCode, `${at}.countryCode`),
        theme: optionalText(need.theme, `${at}.theme`),
        verbatim,
        decision: requireOneOf(need.decision, DECISIONS, `${at}.decision`)
    };
}

export { DEFAULT_SIMILARITY_THRESHOLD, groupNeeds };
