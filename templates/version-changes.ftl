<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "version-crumbs.ftl" as v>
<#assign root = page.meta.root>
<@layout.page meta=page.meta robots="noindex">
<@v.crumbs root=root c=page.c steps=[[page.date, page.href], ["Changes", ""]]/>
<article class="spec version-changes">
  <p class="print-header"><#if page.meta.site.agency?has_content><span class="print-agency">${page.meta.site.agency}</span> · </#if>Class code ${page.c.code} · Changes approved ${page.date} · ${page.meta.path}</p>
  <h1>${page.c.title}: changes approved on ${page.date}</h1>
  <p class="class-code">Class code <span class="code">${page.c.code}</span></p>
  <div class="version-banner" role="note" aria-label="About these changes">
    <p><strong>What the <a href="${root}${page.href}">version approved on ${page.date}</a> changed from <#if page.previousHref?has_content>the <a href="${root}${page.previousHref}">version approved on ${page.previousDate}</a><#else>the version before</#if>.</strong><#if page.current> It is the current version.<#else> <a href="${root}${page.c.href}"><#if page.c.abolished()>See the class page<#else>See the current specification</#if></a>.</#if></p>
    <p class="version-summary">${page.summary}</p>
    <p><a href="${root}${page.c.versionsHref}">All versions</a></p>
  </div>
  <p class="redline-key">Deleted text is marked <del><span class="redline-label">deleted:</span> like this</del>; added text is marked <ins><span class="redline-label">added:</span> like this</ins>.</p>
  <#list page.sections as ch>
  <#assign s = ch.section>
  <section class="spec-section version-change version-${ch.status?lower_case}" aria-labelledby="${s.id}">
    <h2 id="${s.id}"><span class="version-status">${ch.status}<span class="visually-hidden"> section</span>:</span> <#if ch.status == "Changed"><@text inlines=s.heading/><#else>${s.name}</#if></h2>
<@body blocks=s.blocks level=3/>
  </section>
  </#list>
  <#if page.unchanged?has_content>
  <p class="version-unchanged">Not changed: ${page.unchanged?join(", ")}.</p>
  </#if>
</article>
</@layout.page>
