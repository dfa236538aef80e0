<#ftl output_format="HTML">
<#-- Issue 14: what changed across the site, newest first, grouped by month. page: a ChangesPages.View. -->
<#import "layout.ftl" as layout>
<#assign root = page.meta.root>
<#macro item i>
<li id="${i.id}" class="change">
  <p class="change-head"><span class="change-kind">${i.kind}:</span> <a href="${root}${i.href}">${i.subject}</a></p>
  <p class="change-detail"><time datetime="${i.iso}">${i.date}</time>. ${i.summary}</p>
</li>
</#macro>
<@layout.page meta=page.meta>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="${root}./">Home</a></li>
    <li aria-current="page">What changed</li>
  </ol>
</nav>
<h1>What changed</h1>
<p class="lead">New, revised and abolished classes, salary schedules and MOUs over the last ${page.monthsCovered} months (${page.since} to ${page.asOf}), newest first. Each change is dated by its source: the date a specification was approved, a class abolished, a salary schedule took effect or an MOU's term began or ends.</p>
<#if page.feed?has_content><p class="feed-link">Follow these changes in a feed reader: <a href="${root}${page.feed}">Atom feed of all changes</a>. Each <a href="${root}units/">bargaining unit's page</a> has a feed of its own classes, salary schedules and MOU.</p></#if>
<p class="note">Older changes: each class's page gives its approval history; classes with earlier versions on file list them.</p>
<#if page.upcoming?has_content>
<section id="upcoming" aria-labelledby="upcoming-heading">
  <h2 id="upcoming-heading">Coming up</h2>
  <p>Dated after ${page.asOf}, soonest first; they join the feed on their day.</p>
  <ul class="changes-list"><#list page.upcoming as i><@item i/></#list></ul>
</section>
</#if>
<#if page.months?has_content>
<#list page.months as m>
<section id="${m.id}" aria-labelledby="${m.id}-heading">
  <h2 id="${m.id}-heading">${m.name}</h2>
  <ul class="changes-list"><#list m.items as i><@item i/></#list></ul>
</section>
</#list>
<#else>
<p>Nothing changed between ${page.since} and ${page.asOf}.</p>
</#if>
<#if page.renamed?has_content>
<section id="renamed" aria-labelledby="renamed-heading">
  <h2 id="renamed-heading">Former titles and codes</h2>
  <p>The class list records a class's former titles and codes but not when they changed, so they are listed here without a date and are not in the feeds. An old class code's address still leads to the class.</p>
  <ul class="changes-list">
    <#list page.renamed as r>
    <li class="change"><@layout.classLink root r.job/><#if r.formerTitles?has_content>: formerly ${r.formerTitles}</#if><#if r.formerCodes?has_content><#if r.formerTitles?has_content>;<#else>:</#if> former <#if r.formerCodes?contains(" and ")>codes<#else>code</#if> ${r.formerCodes}</#if></li>
    </#list>
  </ul>
</section>
</#if>
</@layout.page>
