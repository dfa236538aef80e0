<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "version-crumbs.ftl" as v>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<@v.crumbs root=root c=page.c/>
<h1>Versions of ${page.c.title}</h1>
<p class="class-code">Class code <span class="code">${page.c.code}</span><#if page.c.abolished()> · <strong class="status-abolished">Abolished ${page.c.abolishedOn}</strong></#if></p>
<p>Every approved version of this class specification, newest first: its text as approved, and what it changed from the version before, word by word. Earlier versions are kept for reference; search on this site finds the current specification only.</p>
<ol class="versions" reversed>
  <#list page.versions as r>
  <li>
    <h2 class="version-date"><#if r.href?has_content><a href="${root}${r.href}">${r.date?has_content?then(r.date, "Current version")}</a><#else>${r.date?has_content?then(r.date, "Current version")}</#if><#if r.current> <span class="version-current">(<#if page.c.abolished()>last version<#else>current</#if>)</span></#if></h2>
    <p class="version-approved"><#if r.approvedBy?has_content>Approved by the ${r.approvedBy}<#elseif r.date?has_content>Approved<#else>No approval date is recorded</#if><#if r.date?has_content> on ${r.date}</#if>.</p>
    <p class="version-summary">${r.summary}</p>
    <#if r.current || r.changesHref?has_content>
    <ul class="version-links">
      <#if r.current><li><a href="${root}${page.c.href}"><#if page.c.abolished()>The class page<#else>The current specification</#if></a></li></#if>
      <#if r.changesHref?has_content><li><a href="${root}${r.changesHref}">What changed<span class="visually-hidden"> on ${r.date}</span></a></li></#if>
    </ul>
    </#if>
  </li>
  </#list>
</ol>
</@layout.page>
