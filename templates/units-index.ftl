<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<h1>Bargaining units and employee groups</h1>
<p>Every class belongs to a bargaining unit, whose MOU (the union contract) sets its terms, or to an employee group that is not represented, whose terms are set by resolution.</p>
<section aria-labelledby="units-heading">
  <h2 id="units-heading">Bargaining units</h2>
  <ul class="class-list"><#list page.units as u><li><a href="${root}${u.href}">${u.title}</a> <span class="note">${u.detail}</span></li></#list></ul>
</section>
<#if page.groups?has_content>
<section aria-labelledby="groups-heading">
  <h2 id="groups-heading">Employee groups (not represented)</h2>
  <ul class="class-list"><#list page.groups as u><li><a href="${root}${u.href}">${u.title}</a> <span class="note">${u.detail}</span></li></#list></ul>
</section>
</#if>
</@layout.page>
