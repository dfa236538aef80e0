<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<h1>${page.meta.site.title}</h1>
<p class="lead">The class specification of every job class<#if page.meta.site.agency?has_content> of the ${page.meta.site.agency}</#if>: what the job involves, what it requires, what it pays, and which bargaining unit, MOU and benefits apply.</p>

<section aria-labelledby="browse-heading">
  <h2 id="browse-heading">Find a class</h2>
  <div class="home-find">
    <form class="home-search" role="search" action="${root}search/" method="get" aria-label="Search classes">
      <label for="home-q">Search by job title or words in the duties</label>
      <div class="find-row">
        <input id="home-q" name="q" type="search" autocomplete="off" spellcheck="false" maxlength="200" aria-describedby="home-q-hint">
        <button type="submit">Search</button>
      </div>
      <p id="home-q-hint" class="note">For example: customer service, billing, lifeguard.</p>
    </form>
    <form class="class-code-form" action="${root}search/" method="get" data-classes="${root}classes/" aria-label="Go to a class code">
      <label for="home-code">Go to class code</label>
      <div class="find-row">
        <input id="home-code" name="q" type="text" inputmode="text" autocomplete="off" spellcheck="false" maxlength="40" aria-describedby="home-code-hint">
        <button type="submit">Go</button>
      </div>
      <p id="home-code-hint" class="note">For example: 7565. Every class also has its own address, <span class="code">classes/</span><em>code</em><span class="code">/</span>.</p>
    </form>
  </div>
  <ul class="browse">
    <li><a href="${root}classes/">All ${page.classCount} classes, A to Z, with their class codes</a></li>
    <li><a href="${root}departments/">Classes by department</a> (${page.departmentCount} departments)</li>
    <li><a href="${root}series/">Class series and career paths</a></li>
    <li><a href="${root}salary/">Salary schedules</a><#if page.schedule??>: in force, the <a href="${root}${page.schedule.href}">${page.schedule.title}</a> (${page.schedule.detail?uncap_first})</#if></li>
    <li><a href="${root}units/">Bargaining units, MOUs and benefits</a></li>
    <#if page.meta.site.openings?has_content><li><a href="${root}${page.meta.site.openings}">Open positions</a>: who is hiring now</li></#if>
    <li><a href="${root}changes/">What changed</a>: new and revised classes, salary schedules and MOUs, newest first</li>
    <#if page.abolishedCount gt 0><li><a href="${root}archive/">Abolished classes</a> (${page.abolishedCount}), kept for reference</li></#if>
  </ul>
</section>

<section aria-labelledby="departments-heading">
  <h2 id="departments-heading">Departments</h2>
  <ul class="columns">
    <#list page.departments as d><li><a href="${root}departments/#${d.id}">${d.name}</a> <span class="note">${d.classes?size} <#if d.classes?size == 1>class<#else>classes</#if></span></li></#list>
  </ul>
</section>

<#if page.units?has_content>
<section aria-labelledby="units-heading">
  <h2 id="units-heading">Bargaining units and employee groups</h2>
  <ul class="columns">
    <#list page.units as u><li><a href="${root}${u.href}">${u.title}</a> <span class="note">${u.detail}</span></li></#list>
  </ul>
</section>
</#if>
<script src="${root}js/class-code.js" defer></script>
</@layout.page>
