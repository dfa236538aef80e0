// jobspecs site search: the part that needs no page. It reads the static export that the build
// writes under search/ (see SearchExport.java for the files) and ranks classes exactly as Lucene's
// IndexSearcher does for the same query (Searcher.java): BM25 (k1 = 1.2, b = 0.75) over the body,
// the boosted title and the department-and-unit field, with Lucene's lossy encoding of field
// lengths and its float arithmetic, ties broken by document number (class-code order); every word
// required first, then a likely typo's correction, then any word; synonyms expanded at query time.
// RankingParityTest and SearchClientTest run this module under Node.js against Lucene. No dependencies; `fetchJson(path)` is given by the caller (fetch in the browser, files in
// the tests).
import { analyze, words } from './search-analyzer.js';

const f = Math.fround;
const NUM_FREE_VALUES = 24; // SmallFloat: 255 - longToInt4(Integer.MAX_VALUE)

/** Lucene's SmallFloat.byte4ToInt: the field length a norm byte stands for. */
function byte4ToInt(i) {
  if (i < NUM_FREE_VALUES) return i;
  const j = i - NUM_FREE_VALUES;
  const bits = j & 0x07;
  const shift = (j >>> 3) - 1;
  const decoded = shift === -1 ? bits : (bits | 0x08) * 2 ** shift;
  return Math.min(NUM_FREE_VALUES + decoded, 2147483647);
}
const LENGTH_TABLE = Array.from({ length: 256 }, (_, i) => byte4ToInt(i));

/** A shard key as a file name (SearchExport.fileKey). */
export function fileKey(key) {
  if (/^[a-z0-9]+$/.test(key)) return key;
  return 'x' + Array.from(new TextEncoder().encode(key), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The shard of a term: the longest key that begins it. */
function shardFor(keys, term) {
  for (let k = Math.min(term.length, 8); k >= 1; k--) {
    const key = term.slice(0, k);
    if (keys.has(key)) return key;
  }
  return null;
}

// Java's Character.isWhitespace, which Searcher.codeKey uses (JavaScript's \s differs: it includes
// no-break spaces and excludes U+001C–U+001F).
const JAVA_SPACE = '\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000';
const JAVA_STRIP = new RegExp(`^[${JAVA_SPACE}]+|[${JAVA_SPACE}]+$`, 'g');
const JAVA_BLANK = new RegExp(`[${JAVA_SPACE}]`);

/** A code as visitors type it (Searcher.codeKey): no blanks, with a digit; case, punctuation and leading zeros ignored. */
export function codeKey(text) {
  const t = text.replace(JAVA_STRIP, '');
  if (!t || t.length > 32 || JAVA_BLANK.test(t)) return '';
  const squeezed = t.replace(/[^A-Za-z0-9]/g, '');
  if (!squeezed || !/[0-9]/.test(squeezed)) return '';
  const upper = squeezed.toUpperCase();
  let i = 0;
  while (i < upper.length - 1 && upper[i] === '0') i++;
  return upper.slice(i);
}

/** Optimal string alignment distance, up to `max` (anything larger returns max + 1). Typos.distance. */
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function key(c) {
  for (let r = 0; r < ROWS.length; r++) {
    const col = ROWS[r].indexOf(c);
    if (col >= 0) return [r, col];
  }
  return null;
}

/** Whether two keys touch on a QWERTY keyboard (Typos.adjacent). */
export function adjacent(x, y) {
  const p = key(x);
  const q = key(y);
  if (!p || !q || x === y) return false;
  if (p[0] === q[0]) return Math.abs(p[1] - q[1]) === 1;
  if (q[0] === p[0] - 1) return q[1] === p[1] || q[1] === p[1] + 1;
  if (q[0] === p[0] + 1) return q[1] === p[1] || q[1] === p[1] - 1;
  return false;
}

/**
 * Whether `typed` is a hand's slip for `meant`, one edit away (Typos.likely): a letter left out,
 * two neighbours swapped, a letter doubled or struck beside one meant, or a QWERTY neighbour.
 */
export function likelyTypo(typed, meant) {
  const n = typed.length;
  if (n + 1 === meant.length) return true;
  if (n === meant.length + 1) {
    for (let i = 0; i < n; i++) {
      if (typed.slice(0, i) + typed.slice(i + 1) !== meant) continue;
      const extra = typed[i];
      for (const k of [i - 1, i + 1]) {
        if (k >= 0 && k < n && (typed[k] === extra || adjacent(typed[k], extra))) return true;
      }
    }
    return false;
  }
  if (n !== meant.length) return false;
  let i = 0;
  while (i < n && typed[i] === meant[i]) i++;
  if (i === n) return false;
  if (i + 1 < n && typed[i] === meant[i + 1] && typed[i + 1] === meant[i] && typed.slice(i + 2) === meant.slice(i + 2)) return true;
  return typed.slice(i + 1) === meant.slice(i + 1) && adjacent(typed[i], meant[i]);
}

const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A query's terms as clauses (Synonyms.plan): from each term on, the longest synonym member it
 * begins (the first found on a tie) makes one clause of every member of every group holding that
 * member; otherwise the term is a clause of its own. A clause: {start, end, alternatives, synonym}.
 */
export function plan(groups, terms) {
  const clauses = [];
  let i = 0;
  while (i < terms.length) {
    let best = null;
    for (const group of groups) {
      for (const member of group) {
        if ((best === null || member.length > best.length) && i + member.length <= terms.length
          && sameList(terms.slice(i, i + member.length), member)) best = member;
      }
    }
    if (best === null) {
      clauses.push({ start: i, end: i + 1, alternatives: [[terms[i]]], synonym: false });
      i++;
      continue;
    }
    const alternatives = [];
    for (const group of groups) {
      if (!group.some((m) => sameList(m, best))) continue;
      for (const m of group) if (!alternatives.some((a) => sameList(a, m))) alternatives.push(m);
    }
    clauses.push({ start: i, end: i + best.length, alternatives, synonym: true });
    i += best.length;
  }
  return clauses;
}

export class Search {
  constructor(fetchJson, manifest) {
    this.fetchJson = fetchJson;
    this.m = manifest;
    this.termKeys = new Set(manifest.terms);
    this.codeKeys = new Set(manifest.codes);
    this.typoKeys = new Set(manifest.typos);
    this.synonyms = manifest.synonyms || [];
    this.files = new Map();
    this.fields = {};
    for (const [name, stats] of Object.entries(manifest.fields)) {
      const avgdl = f(stats.sumTotalTermFreq / stats.docCount);
      const k1 = f(manifest.k1);
      const b = f(manifest.b);
      const normInverse = LENGTH_TABLE.map((len) => f(1 / f(k1 * f(f(1 - b) + f(f(b * len) / avgdl)))));
      const boost = { title: manifest.titleBoost, dept: manifest.deptBoost, titlex: manifest.exactBoost }[name] ?? 1;
      this.fields[name] = { docCount: stats.docCount, normInverse, boost: f(boost) };
    }
  }

  static async open(fetchJson) {
    return new Search(fetchJson, await fetchJson('manifest.json'));
  }

  /** Each file is fetched once. */
  file(path) {
    if (!this.files.has(path)) this.files.set(path, this.fetchJson(path));
    return this.files.get(path);
  }

  async postings(term) {
    const key = shardFor(this.termKeys, term);
    if (key === null) return null;
    const shard = await this.file(`t/${fileKey(key)}.json`);
    return Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : null;
  }

  /** Terms of the index that start with `prefix` (from its shard), most frequent first. */
  async completions(prefix, limit) {
    const key = shardFor(this.termKeys, prefix);
    if (key === null || key.length > prefix.length) return [];
    const shard = await this.file(`t/${fileKey(key)}.json`);
    return Object.keys(shard)
      .filter((t) => t.startsWith(prefix) && t !== prefix)
      .map((t) => [t, ((shard[t].b || []).length + (shard[t].t || []).length + (shard[t].d || []).length) / 3])
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, limit)
      .map(([t]) => t);
  }

  /**
   * The corpus word one edit away from `word` (Searcher.correction): likely typos first (see
   * likelyTypo), then the word most classes use, then the first in order; or null.
   * likelyOnly: only likely typos count.
   */
  async correction(word, likelyOnly) {
    const variants = new Set([word]);
    for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
    const found = new Map();
    for (const v of variants) {
      const key = v.slice(0, 2);
      if (!this.typoKeys.has(key)) continue;
      const shard = await this.file(`s/${fileKey(key)}.json`);
      const list = Object.prototype.hasOwnProperty.call(shard, v) ? shard[v] : [];
      for (let i = 0; i < list.length; i += 2) found.set(list[i], list[i + 1]);
    }
    // A word listed with no documents is a real word no class uses (Typos.realWords): the word
    // itself is then never a likely typo, and no such word is a correction.
    const real = found.get(word) === 0;
    let best = null;
    for (const [candidate, df] of [...found].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      if (candidate === word || df === 0 || editDistance(word, candidate, 1) > 1) continue;
      const likely = !real && likelyTypo(word, candidate);
      if (likelyOnly && !likely) continue;
      if (!best || (likely && !best[2]) || (likely === best[2] && df > best[1])) best = [candidate, df, likely];
    }
    return best ? best[0] : null;
  }

  /** The class a code (or former code) names, as a document number, or -1. */
  async codeLookup(query) {
    const key = codeKey(query);
    if (!key) return -1;
    const shardKey = key.slice(0, 2);
    if (!this.codeKeys.has(shardKey)) return -1;
    const shard = await this.file(`c/${fileKey(shardKey)}.json`);
    return Object.prototype.hasOwnProperty.call(shard, key) ? shard[key] : -1;
  }

  /**
   * BM25 scores of a bag of terms, as Lucene computes them: per field, weight = boost · idf;
   * score = weight − weight / (1 + tf · normInverse[norm]); the clause scores of a document are
   * summed in double precision and rounded to a float once. Also gives, per document, the terms it has.
   */
  async scoreWithTerms(terms, exact = []) {
    const sums = new Map();
    const has = new Map();
    const clauses = [...terms.map((t) => [t, [['b', 'body'], ['t', 'title'], ['d', 'dept']]]),
      ...[...new Set(exact)].map((w) => [w, [['x', 'titlex']]])];
    for (const [term, fields] of clauses) {
      const postings = await this.postings(term);
      if (!postings) continue;
      for (const [tag, name] of fields) {
        const list = postings[tag];
        if (!list) continue;
        const field = this.fields[name];
        const df = list.length / 3;
        const idf = f(Math.log(1 + (field.docCount - df + 0.5) / (df + 0.5)));
        const weight = f(field.boost * idf);
        let doc = 0;
        for (let i = 0; i < list.length; i += 3) {
          doc += list[i];
          const normInverse = field.normInverse[list[i + 2]];
          const s = f(weight - f(weight / f(1 + f(list[i + 1] * normInverse))));
          sums.set(doc, (sums.get(doc) || 0) + s);
          if (tag === 'x') continue;
          if (!has.has(doc)) has.set(doc, new Set());
          has.get(doc).add(term);
        }
      }
    }
    const ranked = [...sums].map(([doc, sum]) => ({ doc, score: f(sum) }))
      .sort((x, y) => y.score - x.score || x.doc - y.doc);
    return { ranked, has };
  }

  async score(terms) {
    return (await this.scoreWithTerms(terms)).ranked;
  }

  /** The ranked documents of clauses: every clause matched (all) or any term (Searcher.query). */
  async run(clauses, all, typed = []) {
    const terms = [...new Set(clauses.flatMap((c) => c.alternatives.flat()))];
    const { ranked, has } = await this.scoreWithTerms(terms, typed);
    const found = ranked.filter(({ doc }) => has.has(doc));
    const results = all
      ? found.filter(({ doc }) => clauses.every((c) => c.alternatives.some((alt) => alt.every((t) => has.get(doc).has(t)))))
      : found;
    return { ranked: results, terms };
  }

  /**
   * Runs a query as a visitor types it (Searcher.run): every clause must match; when nothing does,
   * a likely typo correction of the words no class uses, shown as didYouMean; when nothing still,
   * any word (anyWord). suggestion: a correction that finds classes, only offered.
   * options.prefix: the last word may be incomplete (typing), so it also matches longer terms.
   */
  async query(text, options = {}) {
    const raw = String(text).slice(0, 500);
    const code = await this.codeLookup(raw);
    const typed = words(raw);
    const stems = analyze(raw);
    const endsOpen = options.prefix && /[\p{L}\p{N}]$/u.test(raw);
    const clauses = plan(this.synonyms, stems);
    const last = clauses[clauses.length - 1];
    if (endsOpen && last && !last.synonym && last.end === stems.length && typed[last.start].length >= 3
      && !(await this.postings(stems[last.start]))) {
      const completions = await this.completions(typed[last.start], 8);
      if (completions.length) {
        last.alternatives = completions.map((c) => [c]);
        last.open = true;
      }
    }
    let answer = await this.run(clauses, true, typed);
    let didYouMean = null;
    let suggestion = null;
    let anyWord = false;
    if (!answer.ranked.length && clauses.length) {
      const likely = await this.correct(typed, stems, clauses, true);
      const any = await this.correct(typed, stems, clauses, false);
      if (likely && likely.ranked.length) {
        answer = likely;
        didYouMean = likely.text;
      } else {
        if (clauses.length > 1) {
          answer = await this.run(clauses, false, typed);
          anyWord = answer.ranked.length > 0;
        }
        if (any && any.ranked.length) suggestion = any.text;
      }
    }
    return { code, ranked: answer.ranked, terms: answer.terms, didYouMean, suggestion, anyWord };
  }

  /** The query with each word no class uses corrected (Searcher.correct), and what it finds with every clause; or null. */
  async correct(typed, stems, clauses, likelyOnly) {
    const fixed = [...typed];
    let changed = false;
    for (const c of clauses) {
      const word = typed[c.start];
      if (c.synonym || c.open || word.length < 5 || !/^\p{L}+$/u.test(word) || (await this.postings(stems[c.start]))) continue;
      const fix = await this.correction(word, likelyOnly);
      if (fix) {
        fixed[c.start] = fix;
        changed = true;
      }
    }
    if (!changed) return null;
    const text = fixed.join(' ');
    const answer = await this.run(plan(this.synonyms, analyze(text)), true, words(text));
    return { text, ...answer };
  }

  /**
   * For a query that finds nothing: classes whose titles are closest to its words, best first: a
   * title term one edit from a word, or sharing the longest beginning (four letters or more) with it.
   */
  async closestTitles(text, limit = 5) {
    const terms = new Set();
    for (const word of words(String(text).slice(0, 500))) {
      if (!/^\p{L}+$/u.test(word) || word.length < 4) continue;
      const fix = word.length >= 5 ? await this.correction(word, false) : null;
      for (const t of fix ? analyze(fix) : []) {
        const p = await this.postings(t);
        if (p && p.t) terms.add(t);
      }
      for (let n = word.length; n >= 4; n--) {
        const prefix = word.slice(0, n);
        const key = shardFor(this.termKeys, prefix);
        if (key === null || key.length > prefix.length) continue;
        const shard = await this.file(`t/${fileKey(key)}.json`);
        const found = Object.keys(shard).filter((t) => t.startsWith(prefix) && shard[t].t);
        if (found.length) {
          found.forEach((t) => terms.add(t));
          break;
        }
      }
    }
    if (!terms.size) return [];
    const { ranked, has } = await this.scoreWithTerms([...terms]);
    const titled = [];
    for (const r of ranked) {
      if (titled.length >= limit) break;
      for (const t of has.get(r.doc)) {
        const p = await this.postings(t);
        let doc = 0;
        let inTitle = false;
        for (let i = 0; i < p.t.length && doc <= r.doc && !inTitle; i += 3) { doc += p.t[i]; inTitle = doc === r.doc; }
        if (inTitle) { titled.push(r.doc); break; }
      }
    }
    return titled;
  }

  /** The document table rows of the given documents: [code, title, path, department, pay, snippet, abolished]. */
  async documents(docs) {
    const size = this.m.slice;
    const rows = [];
    for (const doc of docs) {
      const slice = await this.file(`d/${Math.floor(doc / size)}.json`);
      rows.push(slice[doc % size]);
    }
    return rows;
  }

  facets() {
    return this.file('facets.json');
  }

  /** Each document's starting pay per year (-1: none) and place in title order (sort.json), for the pay filter and the sorts. */
  sortKeys() {
    return this.file('sort.json');
  }

  /** Every document, in class-code order: what a search with no words but a filter or a sort lists. */
  everyDocument() {
    return Array.from({ length: this.m.docs }, (_, doc) => ({ doc, score: 0 }));
  }
}

/** The value facets of facets.json (department, unit, FLSA): each has values and a value index per document. */
function valueFacets(facets) {
  return Object.keys(facets).filter((n) => n !== 'flags' && facets[n] && Array.isArray(facets[n].values) && Array.isArray(facets[n].docs));
}

/**
 * Filters ranked documents by facet values and counts each value over the documents that pass the
 * other facets' filters, so counts stay truthful as filters combine.
 * selected: {facet: Set of value indexes, flags: Set of yes/no facet indexes (facets.flags, all must
 * hold)}; facets: the facets.json content; options: {minPay: whole dollars a year, pay: sort.json's
 * pay} — a document passes the pay filter when its starting pay per year is at least minPay (a
 * document without an annual figure never does).
 * counts: {facet: count per value, flags: count per yes/no facet of the documents that would remain
 * with it ticked too}.
 */
export function filter(ranked, facets, selected, options = {}) {
  const names = valueFacets(facets);
  const flags = facets.flags;
  let mask = 0;
  for (const i of (selected.flags || [])) mask |= 1 << i;
  const minPay = options.minPay || 0;
  const pay = options.pay;
  const paid = (doc) => !minPay || (pay !== undefined && pay[doc] >= 0 && pay[doc] >= minPay);
  const flagged = (doc, m) => !m || (flags !== undefined && (flags.docs[doc] & m) === m);
  const passes = (doc, except) => paid(doc) && flagged(doc, except === 'flags' ? 0 : mask)
    && names.every((n) => n === except || !selected[n] || selected[n].size === 0 || selected[n].has(facets[n].docs[doc]));
  const counts = {};
  for (const n of names) {
    counts[n] = new Array(facets[n].values.length).fill(0);
    for (const { doc } of ranked) if (passes(doc, n)) counts[n][facets[n].docs[doc]]++;
  }
  if (flags !== undefined) {
    counts.flags = new Array(flags.ids.length).fill(0);
    for (const { doc } of ranked) {
      if (!passes(doc, 'flags') || !flagged(doc, mask)) continue;
      for (let i = 0; i < flags.ids.length; i++) if (flags.docs[doc] & (1 << i)) counts.flags[i]++;
    }
  }
  return { results: ranked.filter(({ doc }) => passes(doc, null)), counts };
}

/**
 * Results in the order asked for: 'pay' (starting pay per year, highest first; documents without an
 * annual figure last; ties in title order), 'title' (A to Z), anything else relevance (as ranked).
 * keys: sort.json's content. A new array; the given one is left as it is.
 */
export function sortResults(results, how, keys) {
  if (how === 'pay') {
    return [...results].sort((x, y) => keys.pay[y.doc] - keys.pay[x.doc] || keys.title[x.doc] - keys.title[y.doc]);
  }
  if (how === 'title') return [...results].sort((x, y) => keys.title[x.doc] - keys.title[y.doc]);
  return results;
}
