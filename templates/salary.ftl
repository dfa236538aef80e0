<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol><li><a href="${root}./">Home</a></li><li><a href="${root}salary/">Salary schedules</a></li><li aria-current="page">${page.title}</li></ol>
</nav>
<h1>${page.title}</h1>
<p class="schedule-status<#if page.past> past</#if>"><strong>${page.status}.</strong><#if page.past && page.currentHref?has_content> See the <a href="${root}${page.currentHref}">schedule in force</a>.</#if></p>
<p>Effective ${page.effective}<#if page.adoptedBy?has_content>; adopted by ${page.adoptedBy}</#if>.<#if page.revised?has_content> Revised ${page.revised?join("; ")}.</#if><#if page.keptUntil?has_content> Kept on this site until at least ${page.keptUntil}.</#if> <#if page.document??><a class="document-link" href="${page.document.href}">${page.document.label()}</a>.</#if> Amounts are in US dollars for the time base shown in each row.</p>
<#if page.rows?size gt 1>
<div class="schedule-find">
<nav class="letters" aria-label="Jump to classes by first letter of the title">
  <p class="note">${page.rows?size} classes, by title from A to Z. Jump to a letter:</p>
  <ul><#list page.letters as l><li><a href="${l.href}" title="${l.detail}">${l.title}</a></li></#list></ul>
</nav>
<form class="schedule-filter" id="schedule-filter" role="search" aria-label="Filter this schedule" hidden>
  <label for="schedule-filter-input">Filter by class code or title</label>
  <input id="schedule-filter-input" type="search" autocomplete="off" spellcheck="false" maxlength="100" aria-describedby="schedule-filter-status">
  <p id="schedule-filter-status" class="schedule-filter-status" role="status" aria-live="polite"></p>
</form>
</div>
</#if>
<p class="table-label" id="schedule-caption">${page.title}, effective ${page.effective}</p>
<div class="table-scroll" role="region" aria-labelledby="schedule-caption" tabindex="0">
<p class="scroll-hint">Scroll sideways to see all columns</p>
<table class="schedule">
  <caption class="visually-hidden">${page.title}, effective ${page.effective}</caption>
  <thead>
    <tr><th scope="col">Class</th><th scope="col">Code</th><th scope="col">Time base</th><th scope="col">Minimum</th><th scope="col">Maximum</th><#list page.stepHeaders as h><th scope="col">${h}</th></#list></tr>
  </thead>
  <tbody>
    <#list page.rows as r>
    <tr id="${r.anchor}"><th scope="row"<#if r.letterId?has_content> id="${r.letterId}" class="letter-anchor"</#if>><a href="${root}${r.href}">${r.title}</a></th><td>${r.code}</td><td>${r.timeBase}</td><td>${r.minimum}</td><td>${r.maximum}</td><#list r.steps as s><td>${s}</td></#list></tr>
    </#list>
  </tbody>
</table>
</div>
<#if page.rows?size gt 1><script src="${root}js/schedule-filter.js" defer></script></#if>
</@layout.page>
