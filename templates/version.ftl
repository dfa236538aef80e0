<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "version-crumbs.ftl" as v>
<#assign root = page.meta.root>
<@layout.page meta=page.meta robots="noindex">
<@v.crumbs root=root c=page.c steps=[[page.date, ""]]/>
<article class="spec version">
  <p class="print-header"><#if page.meta.site.agency?has_content><span class="print-agency">${page.meta.site.agency}</span> · </#if>Class code ${page.c.code} · Version approved ${page.date} · ${page.meta.path}</p>
  <h1>${page.c.title}</h1>
  <p class="class-code">Class code <span class="code">${page.c.code}</span> · Version approved ${page.date}</p>
  <div class="version-banner" role="note" aria-label="About this version">
    <p><strong>${page.banner}</strong> <a href="${root}${page.c.href}"><#if page.c.abolished()>See the class page<#else>See the current specification</#if></a>.</p>
    <p><#if page.changesHref?has_content><a href="${root}${page.changesHref}">What this version changed</a> · </#if><a href="${root}${page.c.versionsHref}">All versions</a></p>
    <#if page.origin?has_content><p class="version-origin">${page.origin}</p></#if>
    <#if !page.current><p class="note">Earlier versions are kept for reference and are not in the site's search.</p></#if>
  </div>
  <#list page.sections as s>
  <section class="spec-section" aria-labelledby="${s.id}">
    <h2 id="${s.id}"><@text inlines=s.heading/></h2>
<@body blocks=s.blocks level=3/>
  </section>
  </#list>
</article>
</@layout.page>
