<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<h1>All classes, A to Z</h1>
<p>Every current class by title, with its class code. <#if page.abolishedCount gt 0>Abolished classes are listed in the <a href="${root}archive/">archive</a>.</#if></p>
<@layout.payNote page.meta/>
<nav class="letters" aria-label="Letters">
  <ul><#list page.letters as g><li><a href="#${g.id}">${g.name}</a></li></#list></ul>
</nav>
<#list page.letters as g>
<section aria-labelledby="${g.id}">
  <h2 id="${g.id}">${g.name}</h2>
  <ul class="class-list">
    <#list g.classes as c><li><@layout.classLink root c/></li></#list>
  </ul>
</section>
</#list>
</@layout.page>
