// jobspecs site search: the part that needs no page. It reads the static export that the build
// writes under search/ (see SearchExport.java for the files) and ranks classes exactly as Lucene's
// IndexSearcher does for the same query: BM25 (k1 = 1.2, b = 0.75) over the body and the boosted
// title, with Lucene's lossy encoding of field lengths and its float arithmetic, ties broken by
// document number (class-code order). SearchParityTest runs this module under Node.js against
// Lucene. No dependencies; `fetchJson(path)` is given by the caller (fetch in the browser, files in
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

/** Optimal string alignment distance, up to `max` (anything larger returns max + 1). */
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

export class Search {
  constructor(fetchJson, manifest) {
    this.fetchJson = fetchJson;
    this.m = manifest;
    this.termKeys = new Set(manifest.terms);
    this.codeKeys = new Set(manifest.codes);
    this.typoKeys = new Set(manifest.typos);
    this.files = new Map();
    this.fields = {};
    for (const [name, stats] of Object.entries(manifest.fields)) {
      const avgdl = f(stats.sumTotalTermFreq / stats.docCount);
      const k1 = f(manifest.k1);
      const b = f(manifest.b);
      const normInverse = LENGTH_TABLE.map((len) => f(1 / f(k1 * f(f(1 - b) + f(f(b * len) / avgdl)))));
      this.fields[name] = { docCount: stats.docCount, normInverse, boost: name === 'title' ? f(manifest.titleBoost) : 1 };
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
      .map((t) => [t, ((shard[t].b || []).length + (shard[t].t || []).length) / 3])
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, limit)
      .map(([t]) => t);
  }

  /** The corpus word one edit away from `word` that most classes use, or null. */
  async correction(word) {
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
    let best = null;
    for (const [candidate, df] of found) {
      if (candidate === word || editDistance(word, candidate, 1) > 1) continue;
      if (!best || df > best[1] || (df === best[1] && candidate < best[0])) best = [candidate, df];
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
   * summed in double precision and rounded to a float once.
   */
  async score(terms) {
    const sums = new Map();
    for (const term of terms) {
      const postings = await this.postings(term);
      if (!postings) continue;
      for (const [tag, name] of [['b', 'body'], ['t', 'title']]) {
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
        }
      }
    }
    return [...sums].map(([doc, sum]) => ({ doc, score: f(sum) }))
      .sort((x, y) => y.score - x.score || x.doc - y.doc);
  }

  /**
   * Runs a query as a visitor types it. Returns the code match, the ranked documents, the terms
   * used, and a corrected query when a word was not found but a word one edit away was.
   * options.prefix: the last word may be incomplete (typing), so it also matches longer terms.
   */
  async query(text, options = {}) {
    const raw = String(text).slice(0, 500);
    const code = await this.codeLookup(raw);
    const typed = words(raw);
    const stems = analyze(raw);
    const terms = [];
    const shown = [];
    let changed = false;
    const endsOpen = options.prefix && /[\p{L}\p{N}]$/u.test(raw);
    for (let i = 0; i < stems.length; i++) {
      const word = typed[i] ?? stems[i];
      let use = [stems[i]];
      let show = word;
      if (!(await this.postings(stems[i]))) {
        const last = i === stems.length - 1;
        const completions = last && endsOpen && word.length >= 3 ? await this.completions(word, 8) : [];
        if (completions.length) {
          use = completions;
        } else if (word.length >= 5 && /^\p{L}+$/u.test(word)) {
          const fix = await this.correction(word);
          if (fix) {
            use = analyze(fix);
            show = fix;
            changed = true;
          }
        }
      }
      shown.push(show);
      terms.push(...use);
    }
    const unique = [...new Set(terms)];
    const ranked = await this.score(unique);
    return { code, ranked, terms: unique, didYouMean: changed ? shown.join(' ') : null };
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
}

/**
 * Filters ranked documents by facet values and counts each value over the documents that pass the
 * other facets' filters, so counts stay truthful as filters combine.
 * selected: {facet: Set of value indexes}; facets: the facets.json content.
 */
export function filter(ranked, facets, selected) {
  const names = Object.keys(facets);
  const passes = (doc, except) => names.every((n) => n === except || !selected[n] || selected[n].size === 0
    || selected[n].has(facets[n].docs[doc]));
  const counts = {};
  for (const n of names) {
    counts[n] = new Array(facets[n].values.length).fill(0);
    for (const { doc } of ranked) if (passes(doc, n)) counts[n][facets[n].docs[doc]]++;
  }
  return { results: ranked.filter(({ doc }) => passes(doc, null)), counts };
}
