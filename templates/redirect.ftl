<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = page.meta.root>
<@layout.page meta=page.meta refresh="${root}${page.target.href}">
<h1>Class ${page.oldCode} is now ${page.target.title}</h1>
<p>The class once coded ${page.oldCode} is now <a href="${root}${page.target.href}">${page.target.title} (class code ${page.target.code})</a>.</p>
</@layout.page>
