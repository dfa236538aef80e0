<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "charts.ftl" as charts>
<#import "hiring.ftl" as hiring>
<#assign root = page.meta.root abolished = page.abolishedOn!"">
<@layout.page meta=page.meta>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="${root}./">Home</a></li>
    <#if abolished?has_content><li><a href="${root}archive/">Abolished classes</a></li><#else><li><a href="${root}classes/">Classes A–Z</a></li></#if>
    <li aria-current="page">${page.title}</li>
  </ol>
</nav>
<article class="spec">
  <p class="print-header"><#if page.meta.site.agency?has_content><span class="print-agency">${page.meta.site.agency}</span> · </#if>Class code ${page.code}<#if page.approval?has_content> · Approved ${page.approval}</#if> · ${page.meta.canonical?has_content?then(page.meta.canonical, page.meta.path)}</p>
  <h1>${page.title}</h1>
  <p class="class-code">Class code <span class="code">${page.code}</span><#if abolished?has_content> · <strong class="status-abolished">Abolished ${abolished}</strong></#if></p>
  <nav class="class-links" aria-label="Salary schedule, MOU and benefits of this class">
    <ul>
      <#if page.salaryHref?has_content>
      <li><a href="${root}${page.salaryHref}">Salary Schedule</a></li>
      <#else>
      <li><span class="unavailable">Salary Schedule: not on a current schedule</span></li>
      </#if>
      <li><a href="${root}${page.mouHref}">MOU</a></li>
      <li><a href="${root}${page.benefitsHref}">Benefits</a></li>
    </ul>
  </nav>
  <#if abolished?has_content>
  <p class="notice-abolished"><strong>This class was abolished on ${abolished}.</strong> Its specification is kept for reference; no one is hired into it.</p>
  </#if>
  <#-- Issue 11: the key facts first (pay in every time base, what it takes, status, openings), then the page's sections. -->
  <section id="summary" class="summary" aria-labelledby="summary-heading">
    <h2 id="summary-heading">At a glance</h2>
    <dl class="summary-list">
      <#if page.pay??>
      <#assign pay = page.pay>
      <div class="summary-pay"><dt>Pay</dt><dd>
        <p><strong>${pay.range}</strong> ${pay.per} as adopted, effective ${pay.effective}, in the <a href="${root}${pay.scheduleHref}">${pay.scheduleTitle}</a>.</p>
        <#if pay.basisNote?has_content><p class="pay-basis-note">${pay.basisNote}</p></#if>
        <ul class="pay-bases">
          <#list pay.bases?filter(b -> !b.adopted) as b><li>${b.range} ${b.per} <span class="note">(computed: ${b.note})</span></li></#list>
        </ul>
      </dd></div>
      </#if>
      <#include "class-benefits.ftl">
      <#-- Issue 13: beside the pay its benefits, then who is hiring, then what it takes: a job seeker's questions in order. -->
      <@hiring.glance page.hiring/>
      <#if page.openings?has_content>
      <div class="summary-openings"><dt>Openings</dt><dd><a href="${page.openings}">Current job openings for ${page.title}</a></dd></div>
      </#if>
      <#-- Issue 13: what the class needs, read from its requirement sections; each line with the spec's own words one click away. -->
      <#if page.needs.shown()>
      <div class="summary-needs"><dt>What you need</dt><dd>
        <ul class="needs-list">
          <#list page.needs.items as n>
          <li><span class="needs-term">${n.term}:</span> ${n.value}<#if n.sentence?has_content>
            <details class="needs-source"><summary>The spec's words<span class="visually-hidden"> on ${n.term?lower_case}</span></summary><p>“${n.sentence}”<#if n.sectionId?has_content> <a href="#${n.sectionId}">${n.sectionName} in full</a></#if></p></details><#elseif n.sectionId?has_content> <a class="needs-section" href="#${n.sectionId}">${n.sectionName}<span class="visually-hidden"> (${n.term?lower_case})</span></a></#if></li>
          </#list>
        </ul>
      </dd></div>
      <#elseif page.requirements?has_content>
      <div class="summary-takes"><dt>What it takes</dt><dd>
        <#list page.requirements as r><p>${r}</p></#list>
        <p><a href="#${page.requirementsId}">${page.requirementsName} in full</a></p>
      </dd></div>
      </#if>
      <div class="summary-status"><dt>Status</dt><dd>${page.statusLabel}<#if abolished?has_content> since ${abolished}</#if> · FLSA ${page.flsa} · ${page.unitKind}: <a href="${root}${page.unitHref}">${page.unitName}</a></dd></div>
    </dl>
  </section>
  <nav class="on-this-page" aria-label="On this page">
    <h2 class="on-this-page-heading">On this page</h2>
    <ul><#list page.contents as a><#if a.id == "changes"><#include "class-related-contents.ftl"></#if><li><a href="#${a.id}">${a.label}</a></li></#list></ul>
  </nav>
  <dl class="facts">
    <div><dt>Department</dt><dd><#if page.departmentHref?has_content><a href="${root}${page.departmentHref}">${page.department}</a><#else>${page.department}</#if></dd></div>
    <div><dt>${page.unitKind}</dt><dd><a href="${root}${page.unitHref}">${page.unitName}</a></dd></div>
    <div><dt>FLSA status</dt><dd>${page.flsa}</dd></div>
    <div><dt>Status</dt><dd>${page.statusLabel}<#if abolished?has_content> (since ${abolished})</#if></dd></div>
    <#if page.approval?has_content><div><dt>Approved</dt><dd>${page.approval}</dd></div></#if>
    <#if page.series?has_content><div><dt>Class series</dt><dd><a href="${root}${page.seriesHref}">${page.series}</a></dd></div></#if>
    <#if page.formerTitles?has_content><div><dt>Former titles</dt><dd>${page.formerTitles?join("; ")}</dd></div></#if>
    <#if page.formerCodes?has_content><div><dt>Former codes</dt><dd>${page.formerCodes?join("; ")}</dd></div></#if>
  </dl>

  <#if page.pay??>
  <section id="pay" class="pay" aria-labelledby="pay-heading">
    <h2 id="pay-heading">Pay</h2>
    <p class="pay-range"><strong>${pay.range}</strong> ${pay.per} <span class="time-base">(${pay.timeBase})</span></p>
    <#if pay.annualEquivalent?has_content><p class="pay-annual">That is ${pay.annualEquivalent}.</p></#if>
    <#if pay.basisNote?has_content><p class="pay-basis-note">${pay.basisNote}</p></#if>
    <p>Effective ${pay.effective}, in the <a href="${root}${pay.scheduleHref}">${pay.scheduleTitle}</a><#if pay.adoptedBy?has_content> adopted by ${pay.adoptedBy}</#if>. <#if pay.document??><a class="document-link" href="${pay.document.href}">${pay.document.label()}</a>.</#if></p>
    <#if pay.steps?has_content>
    <p class="table-label" id="steps-caption">Pay steps, ${pay.timeBase}, effective ${pay.effective}</p>
    <div class="table-scroll" role="region" aria-labelledby="steps-caption" tabindex="0">
      <p class="scroll-hint">Scroll sideways to see all columns</p>
      <table class="steps">
        <caption class="visually-hidden">Pay steps, ${pay.timeBase}, effective ${pay.effective}</caption>
        <thead><tr><#list pay.steps as step><th scope="col">Step ${step?counter}</th></#list></tr></thead>
        <tbody><tr><#list pay.steps as step><td>${step}</td></#list></tr></tbody>
      </table>
    </div>
    </#if>
    <#if page.futurePay??>
    <#assign future = page.futurePay>
    <p class="pay-future">An adopted schedule takes effect ${future.effective}: <strong>${future.range}</strong> ${future.per} (${future.timeBase})<#if future.annualEquivalent?has_content>, that is ${future.annualEquivalent}</#if>, in the <a href="${root}${future.scheduleHref}">${future.scheduleTitle}</a>.</p>
    </#if>
    <#if page.charts.history??><@charts.history page.charts.history root/></#if>
  </section>
  </#if>

  <#list page.sections as s>
  <section class="spec-section" aria-labelledby="${s.id}">
    <h2 id="${s.id}"><@text inlines=s.heading/></h2>
<@body blocks=s.blocks level=3/>
  </section>
  </#list>

  <#if page.series?has_content>
  <section id="series" class="series" aria-labelledby="series-heading">
    <h2 id="series-heading">Career path: ${page.series}</h2>
    <ol class="career-path">
      <#list page.lower as c><li><@layout.classLink root c/></li></#list>
      <li aria-current="page"><strong>${page.title}</strong> <span class="code">${page.code}</span> <span class="note">this class<#if page.entryLevel()>, the entry level of the series</#if></span></li>
      <#list page.higher as c><li><@layout.classLink root c/></li></#list>
    </ol>
    <#if page.charts.ladder??><@charts.bars page.charts.ladder root/></#if>
  </section>
  </#if>

  <#if page.openings?has_content || page.openNow()>
  <section id="openings" aria-labelledby="openings-heading">
    <h2 id="openings-heading">Openings</h2>
    <@hiring.postings page.hiring page.title/>
    <#if page.openings?has_content><p><a href="${page.openings}">Current job openings for ${page.title}</a></p></#if>
  </section>
  </#if>

  <#include "class-related.ftl">

  <section id="changes" class="changes" aria-labelledby="changes-heading">
    <h2 id="changes-heading">${page.changes.heading}</h2>
    <#if page.changes.history?has_content>
    <ul class="history">
      <#list page.changes.history as h><li>${h}</li></#list>
    </ul>
    <#else>
    <p>No approval dates are recorded for this class.</p>
    </#if>
    <#if page.earlierVersions gt 0>
    <p class="versions-link"><a href="${root}${page.versionsHref}">Earlier versions (${page.earlierVersions})</a></p>
    </#if>
    <#if page.changes.trackedChanges?has_content>
    <p class="tracked-changes">${page.changes.trackedChanges}</p>
    </#if>
    <#if page.changes.sections?has_content>
    <details class="redline">
      <summary>Show the approved changes (redline)</summary>
      <p class="redline-key">Deleted text is marked <del><span class="redline-label">deleted:</span> like this</del>; added text is marked <ins><span class="redline-label">added:</span> like this</ins>.</p>
      <#list page.changes.sections as s>
      <section aria-labelledby="${s.id}">
        <h3 id="${s.id}"><@text inlines=s.heading/></h3>
<@body blocks=s.blocks level=4/>
      </section>
      </#list>
    </details>
    </#if>
  </section>
</article>
<script type="application/ld+json">${page.jsonLd?no_esc}</script>
</@layout.page>
