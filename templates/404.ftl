<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<h1>Page not found</h1>
<p>There is no page at this address. If you typed a class code, check it against the <a href="${root}classes/">list of all classes</a>; a class that was abolished is in the <a href="${root}archive/">archive</a>.</p>
<p><a href="${root}./">Go to the home page</a></p>
</@layout.page>
