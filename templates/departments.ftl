<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "charts.ftl" as charts>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<h1>Classes by department</h1>
<@layout.payNote page.meta/>
<nav class="toc" aria-label="Departments">
  <ul><#list page.departments as d><li><a href="#${d.id}">${d.name}</a></li></#list></ul>
</nav>
<#list page.departments as d>
<section aria-labelledby="${d.id}">
  <h2 id="${d.id}">${d.name}</h2>
  <ul class="class-list">
    <#list d.classes as c><li><@layout.classLink root c/></li></#list>
  </ul>
  <#if page.charts[d.id]??><@charts.bars page.charts[d.id] root/></#if>
</section>
</#list>
</@layout.page>
