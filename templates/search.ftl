<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<h1>Search classes</h1>
<form class="search-form" role="search" action="./" method="get">
  <label for="q">Search by job title, words in the duties, or class code</label>
  <div class="search-row">
    <input id="q" name="q" type="search" autocomplete="off" spellcheck="false" maxlength="200" aria-describedby="search-hint">
    <button type="submit">Search</button>
  </div>
  <p id="search-hint" class="note">For example: customer service, billing, lifeguard, or a class code such as 7565.</p>
  <details id="filters-box" class="filters-box" hidden>
    <summary>Filter and sort</summary>
    <div id="filters" class="filters"></div>
    <#-- Issue 13: pay on one base (per year) and the order of the results; the client keeps both in the address. -->
    <div class="filters-pay-sort">
      <div class="filter-control">
        <label for="minpay">Starting pay per year, at least</label>
        <select id="minpay" name="minpay" aria-describedby="minpay-hint">
          <option value="">Any pay</option>
          <#list page.minPay as t><option value="${t.value}">${t.label}</option></#list>
        </select>
        <p id="minpay-hint" class="note">Classes paid only by the hour, part-time classes and classes with no pay on a current schedule have no annual figure, so a minimum leaves them out.</p>
      </div>
      <div class="filter-control">
        <label for="sort">Sort results by</label>
        <select id="sort" name="sort">
          <option value="">Best match</option>
          <option value="pay">Pay, highest first</option>
          <option value="title">Title, A to Z</option>
        </select>
      </div>
    </div>
  </details>
</form>
<noscript>
  <p class="notice">Search needs JavaScript, which is turned off in this browser. Every class can still be found
    without it: <a href="${root}classes/">all classes from A to Z, with their class codes</a>, or
    <a href="${root}departments/">classes by department</a>. Each class has its own address,
    <span class="code">classes/</span><em>code</em><span class="code">/</span>.</p>
</noscript>
<p id="search-status" class="search-status" role="status" aria-live="polite" tabindex="-1"></p>
<p id="did-you-mean" class="did-you-mean" hidden></p>
<ol id="results" class="results" aria-labelledby="search-status"></ol>
<nav id="pager" class="pager" aria-label="Pages of results" hidden></nav>
<div id="no-match" class="no-match" hidden>
  <h2>Other ways to find a class</h2>
  <ul>
    <li><a href="${root}classes/">All classes from A to Z</a></li>
    <li><a href="${root}departments/">Classes by department</a></li>
  </ul>
  <div class="closest-titles" hidden>
    <h3>Closest titles</h3>
    <ul id="closest"></ul>
  </div>
</div>
<script type="module" src="${root}js/search.js"></script>
</@layout.page>
