<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<h1>Abolished classes (archive)</h1>
<p>These classes are no longer used. Their specifications are kept for reference: no one is hired into them and they are on no current salary schedule.</p>
<#if page.classes?has_content>
<ul class="class-list">
  <#list page.classes as c><li><@layout.classLink root c/></li></#list>
</ul>
<#else>
<p>No class has been abolished.</p>
</#if>
</@layout.page>
