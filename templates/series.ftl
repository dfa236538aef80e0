<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "charts.ftl" as charts>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol><li><a href="${root}./">Home</a></li><li><a href="${root}series/">Class series</a></li><li aria-current="page">${page.title}</li></ol>
</nav>
<h1>${page.title} series</h1>
<#if page.summary?has_content><p>${page.summary}</p></#if>
<h2>Levels, from entry level up</h2>
<@layout.payNote page.meta/>
<ol class="career-path">
  <#list page.levels as c><li><@layout.classLink root c/></li></#list>
</ol>
<#if page.ladder??><@charts.bars page.ladder root/></#if>
</@layout.page>
