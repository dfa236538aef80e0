<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title="All classes, A to Z" root="">
<h1>All classes, A to Z</h1>
<#assign current = published_specs?filter(c -> c.classstatus == "current")?sort_by("title")>
<#assign letter = "">
<#list current as c>
<#if c.letter != letter><#if letter != ""></ul></section></#if><#assign letter = c.letter><section><h2 id="${letter}">${letter}</h2><ul class="class-list"></#if>
<li><a href="classes/${c.code}/">${c.title}</a> <span class="code">${c.code}</span></li>
</#list>
<#if letter != ""></ul></section></#if>
</@layout.page>
