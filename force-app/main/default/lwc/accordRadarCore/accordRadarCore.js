// GENERATED FILE: do not edit. Source: src/core (TypeScript), built by `npm run build`.
// checks/generated.js fails when this file is stale.
import { requireNumber, requireArray, fail, compareText, requireObject, requireText, requireOneOf, optionalText, roundToTenth } from 'c/accordCore';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;
function normalizeForMatching(text) {
    const folded = ASCII.test(text) ? text : text.normalize("NFKC");
    return folded.toLowerCase().replace(SEPARATORS, " ").trim();
}
function addGrams(into, chars, n) {
    if (chars.length <= n) {
        into.add(chars.join(""));
        return;
    }
    for (let i = 0; i + n <= chars.length; i++)
        into.add(chars.slice(i, i + n).join(""));
}
const SURROGATE = /[\uD800-\uDFFF]/;
const EMPTY = -1;
function hashOf(high, low) {
    return (Math.imul(high, 0x9e3779b1) ^ Math.imul(low, 0x85ebca6b)) >>> 0;
}
class ShingleVocabulary {
    constructor() {
        this.slotHigh = new Int32Array(1024);
        this.slotLow = new Int32Array(1024);
        this.slotId = new Int32Array(1024).fill(EMPTY);
        this.used = 0;
        this.spelled = new Map();
        this.lastText = [];
        this.texts = 0;
    }
    get size() {
        return this.lastText.length;
    }
    idsOf(normalized) {
        const text = ++this.texts;
        const ids = [];
        if (normalized === "")
            return ids;
        for (const word of normalized.split(" ")) {
            if (SURROGATE.test(word))
                this.addSpelled(ids, text, word);
            else if (CJK.test(word))
                this.addBigrams(ids, text, word);
            else
                this.addTrigrams(ids, text, word);
        }
        return ids;
    }
    addTrigrams(ids, text, word) {
        const last = word.length + 1;
        const unit = (k) => (k === 0 || k === last ? 32 : word.charCodeAt(k - 1));
        let a = 32;
        let b = unit(1);
        for (let k = 2; k <= last; k++) {
            const c = unit(k);
            this.add(ids, text, this.idOfUnits(a, (b << 16) | c));
            a = b;
            b = c;
        }
    }
    addBigrams(ids, text, word) {
        if (word.length === 1) {
            this.add(ids, text, this.idOfUnits(0, word.charCodeAt(0)));
            return;
        }
        for (let k = 0; k + 1 < word.length; k++) {
            this.add(ids, text, this.idOfUnits(0, (word.charCodeAt(k) << 16) | word.charCodeAt(k + 1)));
        }
    }
    addSpelled(ids, text, word) {
        const grams = new Set();
        if (CJK.test(word))
            addGrams(grams, Array.from(word), 2);
        else
            addGrams(grams, Array.from(` ${word} `), 3);
        for (const gram of grams) {
            if (!SURROGATE.test(gram)) {
                const units = Array.from(gram, (c) => c.charCodeAt(0));
                const high = units.length === 3 ? units.shift() : 0;
                this.add(ids, text, this.idOfUnits(high, units.length === 2 ? (units[0] << 16) | units[1] : units[0]));
                continue;
            }
            let id = this.spelled.get(gram);
            if (id === undefined) {
                id = this.newId();
                this.spelled.set(gram, id);
            }
            this.add(ids, text, id);
        }
    }
    idOfUnits(high, low) {
        const mask = this.slotId.length - 1;
        let slot = hashOf(high, low) & mask;
        for (; this.slotId[slot] !== EMPTY; slot = (slot + 1) & mask) {
            if (this.slotHigh[slot] === high && this.slotLow[slot] === low)
                return this.slotId[slot];
        }
        const id = this.newId();
        this.slotHigh[slot] = high;
        this.slotLow[slot] = low;
        this.slotId[slot] = id;
        if (2 * ++this.used > this.slotId.length)
            this.grow();
        return id;
    }
    grow() {
        const [high, low, id] = [this.slotHigh, this.slotLow, this.slotId];
        this.slotHigh = new Int32Array(high.length * 2);
        this.slotLow = new Int32Array(high.length * 2);
        this.slotId = new Int32Array(high.length * 2).fill(EMPTY);
        const mask = this.slotId.length - 1;
        for (let k = 0; k < id.length; k++) {
            if (id[k] === EMPTY)
                continue;
            let slot = hashOf(high[k], low[k]) & mask;
            while (this.slotId[slot] !== EMPTY)
                slot = (slot + 1) & mask;
            this.slotHigh[slot] = high[k];
            this.slotLow[slot] = low[k];
            this.slotId[slot] = id[k];
        }
    }
    newId() {
        return this.lastText.push(0) - 1;
    }
    add(ids, text, id) {
        if (this.lastText[id] !== text) {
            this.lastText[id] = text;
            ids.push(id);
        }
    }
}

function leaderClustersIndexed(sets, order, threshold) {
    const leaderOf = new Array(sets.length).fill(-1);
    const leaders = [];
    let vocabulary = 0;
    for (const set of sets)
        for (let k = 0; k < set.length; k++)
            if (set[k] >= vocabulary)
                vocabulary = set[k] + 1;
    const postings = new Array(vocabulary);
    const marked = new Int32Array(vocabulary);
    const seenBy = new Int32Array(sets.length).fill(-1);
    for (const x of order) {
        const set = sets[x];
        const stamp = x + 1;
        for (let k = 0; k < set.length; k++)
            marked[set[k]] = stamp;
        const minLength = threshold * set.length - 1e-9;
        const maxLength = set.length / threshold + 1e-9;
        let best = -1;
        let bestSimilarity = 0;
        const prefix = prefixLength(set.length, threshold);
        for (let k = 0; k < prefix; k++) {
            const list = postings[set[k]];
            if (list === undefined)
                continue;
            for (let p = 0; p < list.length; p++) {
                const l = list[p];
                if (seenBy[l] === x)
                    continue;
                seenBy[l] = x;
                const other = sets[leaders[l]];
                if (other.length < minLength || other.length > maxLength)
                    continue;
                const similarity = markedSimilarity(other, marked, stamp, set.length, threshold);
                if (similarity > bestSimilarity || (similarity === bestSimilarity && similarity > 0 && l < best)) {
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
        for (let k = 0; k < prefix; k++) {
            const list = postings[set[k]];
            if (list)
                list.push(l);
            else
                postings[set[k]] = [l];
        }
    }
    return leaderOf;
}
function markedSimilarity(other, marked, stamp, size, threshold) {
    const total = size + other.length;
    let needed = Math.max(1, Math.floor((threshold * total) / (1 + threshold)) - 1);
    while (needed <= other.length && !meets(needed / (total - needed), threshold))
        needed++;
    let overlap = 0;
    for (let k = 0; k < other.length; k++) {
        if (marked[other[k]] === stamp)
            overlap++;
        else if (overlap + other.length - k - 1 < needed)
            return 0;
    }
    if (overlap < needed)
        return 0;
    return overlap / (total - overlap);
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
    const normalizedOf = new Map();
    signals.forEach((need, i) => {
        let normalized = normalizedOf.get(need.verbatim);
        if (normalized === undefined) {
            normalized = normalizeForMatching(need.verbatim);
            normalizedOf.set(need.verbatim, normalized);
        }
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
    const vocabulary = new ShingleVocabulary();
    const shingles = toRarestFirstIds(texts.map((text) => vocabulary.idsOf(text)), vocabulary.size);
    const order = texts.map((_, t) => t).sort((a, b) => heard[b] - heard[a] || compareText(texts[a], texts[b]));
    const leaderOf = leaderClustersIndexed(shingles, order, threshold);
    const textsWith = new Int32Array(vocabulary.size);
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
            representatives: representatives(members, signals, textOf, shingles, textsWith, keep),
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
function representatives(members, signals, textOf, shingles, textsWith, keep) {
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
    const distinct = [...perText.keys()];
    for (const t of distinct) {
        const set = shingles[t];
        for (let k = 0; k < set.length; k++)
            textsWith[set[k]]++;
    }
    const ranked = distinct.map((t) => {
        const set = shingles[t];
        let sum = 0;
        for (let k = 0; k < set.length; k++)
            sum += textsWith[set[k]];
        const { count, verbatim } = perText.get(t);
        return { count, verbatim, centrality: sum / (set.length * distinct.length) };
    });
    for (const t of distinct) {
        const set = shingles[t];
        for (let k = 0; k < set.length; k++)
            textsWith[set[k]] = 0;
    }
    ranked.sort((a, b) => b.count - a.count || b.centrality - a.centrality || compareText(a.verbatim, b.verbatim));
    return ranked.slice(0, keep).map((e) => e.verbatim);
}
function toRarestFirstIds(sets, vocabularySize) {
    const frequency = new Int32Array(vocabularySize);
    for (const set of sets)
        for (let k = 0; k < set.length; k++)
            frequency[set[k]]++;
    const start = new Int32Array(sets.length + 2);
    for (let id = 0; id < vocabularySize; id++)
        start[frequency[id] + 1]++;
    for (let f = 1; f < start.length; f++)
        start[f] += start[f - 1];
    const rank = new Int32Array(vocabularySize);
    for (let id = 0; id < vocabularySize; id++)
        rank[id] = start[frequency[id]]++;
    return sets.map((set) => {
        const ranked = new Int32Array(set.length);
        for (let k = 0; k < set.length; k++)
            ranked[k] = rank[set[k]];
        return ranked.sort();
    });
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
