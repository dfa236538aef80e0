// search-analyzer.js: the browser's copy of the site search analyser.
//
// It mirrors src/main/java/org/jobspecs/search/SearchAnalyzer.java, the Lucene 9.12 analyzer
// that builds the index: PatternTokenizer (TOKEN below) → LowerCaseFilter →
// EnglishPossessiveFilter → StopFilter (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) →
// PorterStemFilter. A query has to become the very terms the index holds, so every step
// follows Lucene's code rather than the textbook.
//
// Parity is tested by src/test/java/org/jobspecs/search/AnalyzerParityTest.java. It runs this
// file under Node.js and Lucene over the same inputs and wants identical terms: every word of
// the demo site, /usr/share/dict/words (Debian package wamerican), each Unicode letter and
// digit the JDK knows, and a list of tricky inputs.
//
// Plain ES module, no dependencies, no build step.

/** A word: letters and digits, maybe joined by apostrophes (o'brien, rock'n'roll). */
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Lucene's EnglishAnalyzer.ENGLISH_STOP_WORDS_SET. */
export const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is',
  'it', 'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there',
  'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

/**
 * Java's Character.toLowerCase, one code point at a time. Mapping each character alone avoids
 * the context rule of String.prototype.toLowerCase (a word-final Σ becomes ς, Java gives σ);
 * U+0130 İ is the one letter whose JavaScript lower case is two characters (i + U+0307), where
 * Java's is plain i.
 */
function lowerCase(token) {
  let out = '';
  for (const ch of token) out += ch === '\u0130' ? 'i' : ch.toLowerCase();
  return out;
}

/** EnglishPossessiveFilter: drop a final 's, ’s or ＇s (the s in either case). */
function dropPossessive(word) {
  const n = word.length;
  if (n >= 2 && (word[n - 1] === 's' || word[n - 1] === 'S') && "'’＇".includes(word[n - 2])) {
    return word.slice(0, n - 2);
  }
  return word;
}

/** The words of a text, in order: lower-cased, possessive removed, stop words removed. */
export function words(text) {
  const out = [];
  for (const [token] of String(text ?? '').matchAll(TOKEN)) {
    const word = dropPossessive(lowerCase(token));
    if (!STOP_WORDS.has(word)) out.push(word);
  }
  return out;
}

/** The index terms of a text, in order: its words, Porter-stemmed. */
export function analyze(text) {
  return words(text).map(stem);
}

// Porter's stemmer (1980) as Lucene's org.apache.lucene.analysis.en.PorterStemmer has it,
// which follows Porter's own reference code: step 2 maps -bli to -ble and -logi to -log, words
// of one or two UTF-16 units are left alone, and the word is worked on per UTF-16 unit, so
// anything but a, e, i, o, u and y (digits, apostrophes, é, ß, Greek…) counts as a consonant.
// y is a consonant at the start of the word or after a vowel, a vowel after a consonant.

const STEP2 = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'],
  ['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'],
  ['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'],
  ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble'],
  ['logi', 'log'],
];
const STEP3 = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''],
  ['ness', ''],
];
const STEP4 = [
  'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou',
  'ism', 'ate', 'iti', 'ous', 'ive', 'ize',
];
// Within each list no two suffixes can both end the word unless the first is longer, so "the
// first that ends the word" is Lucene's choice (it switches on one letter, then tries in order).

/** The Porter stem of one lower-case word, as Lucene's PorterStemmer gives it. */
export function stem(word) {
  if (word.length <= 2) return word;
  const b = word.split(''); // UTF-16 units, like Lucene's char[]
  let k = b.length - 1; // the last unit of the word as it stands
  let j = 0; // the end of the stem before the suffix last matched by ends()

  const cons = (i) => {
    switch (b[i]) {
      case 'a': case 'e': case 'i': case 'o': case 'u': return false;
      case 'y': return i === 0 || !cons(i - 1);
      default: return true;
    }
  };
  // m(): the number of vowel-consonant sequences in b[0..j].
  const m = () => {
    let n = 0;
    let i = 0;
    while (i <= j && cons(i)) i++;
    for (;;) {
      while (i <= j && !cons(i)) i++;
      if (i > j) return n;
      n++;
      while (i <= j && cons(i)) i++;
    }
  };
  const vowelInStem = () => {
    for (let i = 0; i <= j; i++) if (!cons(i)) return true;
    return false;
  };
  const doubleC = (i) => i >= 1 && b[i] === b[i - 1] && cons(i);
  // consonant-vowel-consonant ending at i, the last not w, x or y (hop, not snow).
  const cvc = (i) => i >= 2 && cons(i) && !cons(i - 1) && cons(i - 2) && !'wxy'.includes(b[i]);
  const ends = (s) => {
    const start = k - s.length + 1;
    if (start < 0) return false;
    for (let x = 0; x < s.length; x++) if (b[start + x] !== s[x]) return false;
    j = k - s.length;
    return true;
  };
  const setTo = (s) => {
    for (let x = 0; x < s.length; x++) b[j + 1 + x] = s[x];
    k = j + s.length;
  };
  const replace = (s) => { if (m() > 0) setTo(s); };

  // Step 1ab: plurals, -ed, -ing.
  if (b[k] === 's') {
    if (ends('sses')) k -= 2;
    else if (ends('ies')) setTo('i');
    else if (b[k - 1] !== 's') k--;
  }
  if (ends('eed')) {
    if (m() > 0) k--;
  } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
    k = j;
    if (ends('at')) setTo('ate');
    else if (ends('bl')) setTo('ble');
    else if (ends('iz')) setTo('ize');
    else if (doubleC(k)) {
      k--;
      if ('lsz'.includes(b[k])) k++;
    } else if (m() === 1 && cvc(k)) setTo('e');
  }
  // Step 1c: y → i after a vowel in the stem.
  if (ends('y') && vowelInStem()) b[k] = 'i';
  // Steps 2 and 3: double and single suffixes, where the stem has m() > 0.
  for (const [suffix, to] of STEP2) if (ends(suffix)) { replace(to); break; }
  for (const [suffix, to] of STEP3) if (ends(suffix)) { replace(to); break; }
  // Step 4: drop a suffix where m() > 1 (-ion only after s or t).
  for (const suffix of STEP4) {
    if (ends(suffix)) {
      if (suffix === 'ion' && !(j >= 0 && (b[j] === 's' || b[j] === 't'))) continue;
      if (m() > 1) k = j;
      break;
    }
  }
  // Step 5: a final -e, and -ll → -l, where m() > 1. m() still measures up to the old end.
  j = k;
  if (b[k] === 'e') {
    const n = m();
    if (n > 1 || (n === 1 && !cvc(k - 1))) k--;
  }
  if (b[k] === 'l' && doubleC(k) && m() > 1) k--;

  return b.slice(0, k + 1).join('');
}
