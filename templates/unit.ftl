<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "charts.ftl" as charts>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol><li><a href="${root}./">Home</a></li><li><a href="${root}units/">Units and benefits</a></li><li aria-current="page">${page.name}</li></ol>
</nav>
<h1>${page.name}</h1>
<p class="unit-kind">${page.kindLabel}</p>
<#if page.meta.feed??><p class="feed-link">Follow this <#if page.hasMou>unit<#else>group</#if>'s changes: its classes, salary schedules<#if page.hasMou> and MOU</#if>, in a feed reader (<a href="${root}${page.meta.feed.href}">Atom feed</a>), or see <a href="${root}changes/">what changed across the site</a>.</p></#if>
<section id="mou" aria-labelledby="mou-heading">
<#if page.hasMou>
  <h2 id="mou-heading">Memorandum of Understanding (MOU)</h2>
  <p><#if page.mouDocument??><a class="document-link" href="${page.mouDocument.href}">${page.mouDocument.label()}</a><#else>${page.mouTitle}</#if></p>
  <#if page.mouTerm?has_content><p>Term: ${page.mouTerm}.<#if page.mouExpired> <strong class="status-expired">Expired:</strong> its term has ended; its terms continue until a successor MOU is adopted.</#if></p></#if>
<#else>
  <h2 id="mou-heading">MOU: none applies</h2>
  <p>The classes of this group are not represented by a union, so no MOU applies to them. Their terms of employment are set by <#if page.resolutionDocument??><a class="document-link" href="${page.resolutionDocument.href}">${page.resolutionDocument.label()}</a><#else>${page.resolutionTitle}</#if>.</p>
</#if>
</section>
<section id="benefits" aria-labelledby="benefits-heading">
  <h2 id="benefits-heading">Benefits</h2>
  <#if page.benefits?has_content>
  <dl class="benefits">
    <#list page.benefits as b><div><dt>${b.name}</dt><dd>${b.summary}</dd></div></#list>
  </dl>
  <#else>
  <p>No benefits are recorded for this <#if page.hasMou>unit<#else>group</#if>; see <#if page.hasMou>its MOU<#else>its resolution</#if>.</p>
  </#if>
</section>
<section id="classes" aria-labelledby="classes-heading">
  <h2 id="classes-heading">Classes covered</h2>
  <@layout.payNote page.meta/>
  <ul class="class-list">
    <#list page.classes as c><li><@layout.classLink root c/></li></#list>
  </ul>
  <#if page.payChart??><@charts.bars page.payChart root/></#if>
</section>
</@layout.page>
