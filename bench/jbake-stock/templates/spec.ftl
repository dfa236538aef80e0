<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = content.rootpath!"../../">
<@layout.page title=content.title root=root>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="${root}">Home</a></li><li><a href="${root}">Classes A–Z</a></li><li aria-current="page">${content.title}</li></ol></nav>
<article class="spec">
  <h1>${content.title}</h1>
  <p class="class-code">Class code <span class="code">${content.code}</span><#if content.classstatus == "abolished"> · <strong>Abolished</strong></#if></p>
  <dl class="facts">
    <div><dt>Department</dt><dd>${content.department}</dd></div>
    <div><dt>Unit</dt><dd>${content.unit}</dd></div>
    <div><dt>FLSA status</dt><dd>${content.flsa}</dd></div>
    <div><dt>Status</dt><dd>${content.classstatus}</dd></div>
    <#if content.date??><div><dt>Approved</dt><dd>${content.date?string("yyyy-MM-dd")}</dd></div></#if>
    <#if content.series?has_content><div><dt>Class series</dt><dd>${content.series}</dd></div></#if>
  </dl>
  <#if content.pay?has_content>
  <section id="pay" class="pay"><h2>Pay</h2>
    <p class="pay-range">${content.pay}</p>
    <#if content.steps?has_content>
    <table class="steps"><thead><tr><#list content.steps?split(";") as s><th scope="col">Step ${s?counter}</th></#list></tr></thead>
    <tbody><tr><#list content.steps?split(";") as s><td>${s}</td></#list></tr></tbody></table>
    </#if>
  </section>
  </#if>
  ${content.body?no_esc}
  <#if content.career?has_content>
  <section id="series" class="series"><h2>Career path: ${content.series}</h2>
    <ol class="career-path"><#list content.career?split(";") as m><#assign p = m?split("|")><li><a href="${root}classes/${p[0]}/">${p[1]}</a> <span class="code">${p[0]}</span></li></#list></ol>
  </section>
  </#if>
  <section id="changes" class="changes"><h2>History</h2>
    <#if content.history?has_content><ul class="history"><#list content.history?split("; ") as h><li>${h}</li></#list></ul><#else><p>No approval dates are recorded for this class.</p></#if>
  </section>
</article>
</@layout.page>
