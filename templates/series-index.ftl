<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<h1>Class series</h1>
<p>A class series is a group of related classes at rising levels: a career path from entry level upward.</p>
<#if page.series?has_content>
<ul class="class-list">
  <#list page.series as s><li><a href="${root}${s.href}">${s.title}</a> <span class="note">${s.detail}</span></li></#list>
</ul>
<#else>
<p>No class series are defined.</p>
</#if>
</@layout.page>
