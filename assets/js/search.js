// jobspecs search page: reads the query and filters from the URL, runs them with search-core.js on
// the static index under search/, and shows the results. Text goes into the page only as text
// (textContent), never as markup.
import { Search, filter, sortResults } from './search-core.js';
import { analyze } from './search-analyzer.js';

const PAGE_SIZE = 10;
const FACETS = [['department', 'Department'], ['unit', 'Bargaining unit or group'], ['flsa', 'FLSA status']];
const SORTS = ['', 'pay', 'title'];
const SORT_WORDS = { pay: 'Sorted by pay, highest first.', title: 'Sorted by title, A to Z.' };
const root = new URL('../', import.meta.url); // the site root: js/ sits in it
const index = new URL('search/', root);

const form = document.querySelector('.search-form');
const input = document.getElementById('q');
const status = document.getElementById('search-status');
const results = document.getElementById('results');
const didYouMean = document.getElementById('did-you-mean');
const filtersBox = document.getElementById('filters');
// The filters fold away on narrow screens, so that the results come first on a phone; they start open
// on wider screens and whenever a filter is set (e.g. from the address).
const filtersFold = document.getElementById('filters-box');
const filtersSummary = filtersFold.querySelector('summary');
const WIDE = window.matchMedia('(min-width: 40rem)');
let foldDecided = false;
const pager = document.getElementById('pager');
const noMatch = document.getElementById('no-match');
const closest = document.getElementById('closest');
// Issue 13: the minimum starting pay per year and the order of the results (both in the address).
const minPaySelect = document.getElementById('minpay');
const sortSelect = document.getElementById('sort');

const fetchJson = (path) => fetch(new URL(path, index)).then((r) => {
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json();
});

let search;
let facets;
let sortKeys; // sort.json: each document's starting pay per year and place in title order, fetched when needed
let run = 0;
let page = 1; // the page of results shown, 1-based (in the URL as page=N when above 1)
const selected = { department: new Set(), unit: new Set(), flsa: new Set() };
let flags = new Set(); // ids of the yes/no facets ticked (facets.json "flags"), all of which must hold
let minPay = ''; // whole dollars a year, or '' for any pay
let sortBy = ''; // '', 'pay' or 'title'

function el(tag, attributes = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

/** The snippet as text nodes, with the words whose stems were searched for marked. */
function marked(text, terms) {
  const out = document.createDocumentFragment();
  const wanted = new Set(terms);
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu)) {
    const stems = analyze(m[0]);
    if (stems.length && stems.every((s) => wanted.has(s))) {
      out.append(text.slice(last, m.index), el('mark', {}, m[0]));
      last = m.index + m[0].length;
    }
  }
  out.append(text.slice(last));
  return out;
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  page = Math.max(1, Number.parseInt(params.get('page') || '1', 10) || 1);
  for (const [name] of FACETS) {
    selected[name] = new Set(params.getAll(name));
  }
  flags = new Set(params.getAll('facet'));
  const pay = params.get('minpay') || '';
  minPay = [...minPaySelect.options].some((o) => o.value === pay) ? pay : '';
  minPaySelect.value = minPay;
  const sort = params.get('sort') || '';
  sortBy = SORTS.includes(sort) ? sort : '';
  sortSelect.value = sortBy;
}

/** How many filters are set (the sort is no filter). */
function chosenCount() {
  return FACETS.reduce((n, [name]) => n + selected[name].size, 0) + flags.size + (minPay ? 1 : 0);
}

/** The address of the results: query, filters and page. */
function urlFor(pageNumber) {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const [name] of FACETS) for (const v of [...selected[name]].sort()) params.append(name, v);
  for (const id of [...flags].sort()) params.append('facet', id);
  if (minPay) params.set('minpay', minPay);
  if (sortBy) params.set('sort', sortBy);
  if (pageNumber > 1) params.set('page', String(pageNumber));
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}

function writeUrl(push) {
  const url = urlFor(page);
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}

function renderFilters(counts) {
  const focused = filtersBox.contains(document.activeElement) ? document.activeElement.id : null;
  filtersBox.replaceChildren();
  for (const [name, label] of FACETS) {
    const values = facets[name].values;
    const fieldset = el('fieldset', { class: 'facet' }, el('legend', {}, label));
    values.forEach((value, i) => {
      if (counts[name][i] === 0 && !selected[name].has(value)) return;
      const id = `f-${name}-${i}`;
      const box = el('input', { type: 'checkbox', id, name, value });
      box.checked = selected[name].has(value);
      box.addEventListener('change', () => {
        if (box.checked) selected[name].add(value); else selected[name].delete(value);
        page = 1;
        update(false, { push: true });
      });
      fieldset.append(el('div', { class: 'facet-option' }, box, ' ', el('label', { for: id }, `${value} (${counts[name][i]})`)));
    });
    if (fieldset.querySelector('input')) filtersBox.append(fieldset);
  }
  // The yes/no facets (search.Facets), after the value facets: one checkbox each, all ticked ones must hold.
  if (facets.flags && facets.flags.ids.length) {
    const fieldset = el('fieldset', { class: 'facet facet-flags' }, el('legend', {}, 'Show only'));
    facets.flags.ids.forEach((id, i) => {
      if (counts.flags[i] === 0 && !flags.has(id)) return;
      const boxId = `f-facet-${id}`;
      const box = el('input', { type: 'checkbox', id: boxId, name: 'facet', value: id });
      box.checked = flags.has(id);
      box.addEventListener('change', () => {
        if (box.checked) flags.add(id); else flags.delete(id);
        page = 1;
        update(false, { push: true });
      });
      fieldset.append(el('div', { class: 'facet-option' }, box, ' ', el('label', { for: boxId }, `${facets.flags.labels[i]} (${counts.flags[i]})`)));
    });
    if (fieldset.querySelector('input')) filtersBox.append(fieldset);
  }
  filtersFold.hidden = false;
  const chosen = chosenCount();
  filtersSummary.textContent = `Filter and sort${chosen ? ` (${chosen} selected)` : ''}`;
  if (!foldDecided && !filtersFold.hidden) {
    filtersFold.open = WIDE.matches || chosen > 0;
    foldDecided = true;
  }
  // The boxes were rebuilt with fresh counts: keep keyboard focus on the one just changed.
  if (focused) document.getElementById(focused)?.focus();
}

function resultItem(row, terms, isCode) {
  const [code, title, path, department, pay, snippet, abolished] = row;
  const link = el('a', { href: new URL(path, root).href }, title);
  const heading = el('h2', { class: 'result-title' }, link, ' ', el('span', { class: 'code' }, code));
  const facts = el('p', { class: 'result-facts' });
  if (isCode) facts.append(el('strong', {}, `Class code ${code}`), ' · ');
  if (abolished) facts.append(el('strong', { class: 'status-abolished' }, 'Abolished'), ' · ');
  facts.append(department, ' · ', el('span', { class: 'result-pay' }, pay || 'No pay on a current schedule'));
  return el('li', { class: 'result' }, heading, facts, el('p', { class: 'snippet' }, marked(snippet, terms)));
}

/** The selected filter values as value indexes of the facet lists. */
function selection() {
  if (!facets) return {};
  const chosen = Object.fromEntries(FACETS.map(([n]) => [n, new Set([...selected[n]].map((v) => facets[n].values.indexOf(v)))]));
  chosen.flags = new Set([...flags].map((id) => (facets.flags ? facets.flags.ids.indexOf(id) : -1)));
  return chosen;
}

/** The pay filter and the order, as the status says them after the count. */
function filterWords() {
  const words = [];
  if (minPay) words.push(`Starting pay at least ${minPaySelect.selectedOptions[0].textContent} a year.`);
  if (SORT_WORDS[sortBy]) words.push(SORT_WORDS[sortBy]);
  return words.length ? ` ${words.join(' ')}` : '';
}

/** The pager: previous and next pages as links (they work as addresses too), and where the visitor is. */
function renderPager(pages) {
  pager.replaceChildren();
  pager.hidden = pages <= 1;
  if (pages <= 1) return;
  const link = (n, text, rel) => {
    const a = el('a', { href: urlFor(n), rel, 'data-page': String(n) }, text);
    a.addEventListener('click', (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      page = n;
      update(false, { push: true, focus: true });
    });
    return a;
  };
  const list = el('ul', { class: 'pager-list' });
  if (page > 1) list.append(el('li', {}, link(page - 1, '‹ Previous page', 'prev')));
  list.append(el('li', { class: 'pager-where' }, `Page ${page} of ${pages}`));
  if (page < pages) list.append(el('li', {}, link(page + 1, 'Next page ›', 'next')));
  pager.append(list);
}

/** Where to look when a query finds nothing: the closest titles (the A–Z list and departments are in the page). */
async function renderNoMatch(q, mine) {
  const docs = await search.closestTitles(q, 5);
  const rows = await search.documents(docs);
  if (mine !== run) return;
  closest.replaceChildren(...rows.map((row) => el('li', {}, el('a', { href: new URL(row[2], root).href }, row[1]), ' ',
    el('span', { class: 'code' }, row[0]))));
  closest.closest('.closest-titles').hidden = rows.length === 0;
  noMatch.hidden = false;
}

async function update(typing, how = {}) {
  const mine = ++run;
  if (!how.push && !how.keepPage) page = how.page || (typing ? 1 : page);
  writeUrl(how.push);
  const q = input.value;
  noMatch.hidden = true;
  // No words but a filter or an order: every class, filtered and sorted (issue 13: "entry level, at least $60,000").
  const browsing = !q.trim() && (chosenCount() > 0 || sortBy !== '');
  if (!q.trim() && !browsing) {
    results.replaceChildren();
    didYouMean.hidden = true;
    filtersFold.hidden = true;
    pager.hidden = true;
    status.textContent = '';
    return;
  }
  try {
    search ??= await Search.open(fetchJson);
    const answer = browsing ? { code: -1, ranked: search.everyDocument(), terms: [] } : await search.query(q, { prefix: typing });
    // The facet lists are needed first only when a filter is set; otherwise results show first.
    const filtering = FACETS.some(([n]) => selected[n].size > 0) || flags.size > 0;
    if (filtering) facets ??= await search.facets();
    if (minPay || sortBy) sortKeys ??= await search.sortKeys();
    if (mine !== run) return;
    const ranked = answer.code >= 0
      ? [{ doc: answer.code, score: Infinity }, ...answer.ranked.filter((r) => r.doc !== answer.code)]
      : answer.ranked;
    const options = { minPay: minPay ? Number(minPay) : 0, pay: sortKeys && sortKeys.pay };
    const filtered = facets || minPay ? filter(ranked, facets || {}, selection(), options).results : ranked;
    // The class a code names stays first whatever the order.
    const sorted = sortBy ? sortResults(filtered, sortBy, sortKeys) : filtered;
    const shown = answer.code >= 0 && sorted.some((r) => r.doc === answer.code)
      ? [sorted.find((r) => r.doc === answer.code), ...sorted.filter((r) => r.doc !== answer.code)] : sorted;
    const n = shown.length;
    const pages = Math.max(1, Math.ceil(n / PAGE_SIZE));
    if (page > pages) page = pages;
    writeUrl(false);
    const from = (page - 1) * PAGE_SIZE;
    const slice = shown.slice(from, from + PAGE_SIZE);
    const rows = await search.documents(slice.map((r) => r.doc));
    if (mine !== run) return;
    results.replaceChildren(...rows.map((row, i) => resultItem(row, answer.terms, slice[i].doc === answer.code)));
    results.setAttribute('start', String(from + 1));
    const typedQuery = q.trim();
    if (answer.didYouMean) {
      const fix = el('a', { href: `?q=${encodeURIComponent(answer.didYouMean)}` }, answer.didYouMean);
      didYouMean.replaceChildren(`No class uses “${typedQuery}”: showing results for `, fix, '.');
      didYouMean.hidden = false;
    } else if (answer.suggestion) {
      const fix = el('a', { href: `?q=${encodeURIComponent(answer.suggestion)}` }, answer.suggestion);
      didYouMean.replaceChildren('Did you mean ', fix, '?');
      didYouMean.hidden = false;
    } else {
      didYouMean.hidden = true;
    }
    const shownQuery = answer.didYouMean || typedQuery;
    const classes = (k) => `${k} ${k === 1 ? 'class' : 'classes'}`;
    if (browsing) {
      status.textContent = `${n === 0 ? 'No' : n} ${n === 1 ? 'class matches' : 'classes match'} the filters chosen.${
        n > PAGE_SIZE ? ` Results ${from + 1}–${from + slice.length}.` : ''}${filterWords()}`;
    } else if (n === 0) {
      status.textContent = `No classes match “${typedQuery}”${chosenCount() ? ' with the filters chosen' : ''}.${filterWords()}`;
    } else {
      const where = n <= PAGE_SIZE ? `${classes(n)} ${n === 1 ? 'matches' : 'match'} “${shownQuery}”.`
        : `Results ${from + 1}–${from + slice.length} of ${n} for “${shownQuery}”.`;
      status.textContent = answer.anyWord
        ? `No class has all of “${typedQuery}”; showing ${classes(n)} with any of them. ${n > PAGE_SIZE ? `Results ${from + 1}–${from + slice.length}.` : ''}`.trim()
        : where;
      status.textContent += filterWords();
    }
    renderPager(pages);
    if (how.focus) status.focus();
    if (n === 0 && !browsing && chosenCount() === 0) await renderNoMatch(q, mine);
    facets ??= await search.facets();
    if (mine !== run) return;
    renderFilters(filter(ranked, facets, selection(), options).counts);
  } catch (e) {
    if (mine === run) status.textContent = 'Search is not available right now. Browse all classes from A to Z instead.';
  }
}

let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => update(true), 150);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  update(false, { page: 1 });
});
// The pay filter and the order: a run of changes of one select (arrow keys step through its choices,
// each applied at once) is one entry of the history, so Back returns to the state before it.
let lastSelect = null;
for (const select of [minPaySelect, sortSelect]) {
  select.addEventListener('change', () => {
    minPay = minPaySelect.value;
    sortBy = SORTS.includes(sortSelect.value) ? sortSelect.value : '';
    page = 1;
    const push = lastSelect !== select;
    update(false, push ? { push: true } : { keepPage: true });
    lastSelect = select;
  });
}
// Anything else the visitor does starts a new entry for the next select change.
for (const target of [form, filtersBox, pager]) target.addEventListener('click', () => { lastSelect = null; });
input.addEventListener('input', () => { lastSelect = null; });
// Back and forward through pages of results.
window.addEventListener('popstate', () => {
  lastSelect = null;
  readUrl();
  update(false, { keepPage: true });
});
readUrl();
if (input.value || chosenCount() > 0 || sortBy) update(false, { keepPage: true });
