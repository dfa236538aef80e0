<#ftl output_format="HTML">
<#-- Issue 14: the breadcrumb of a class's version pages. c: VersionViews.ClassRef; steps: [label, href] pairs after the versions list, the last one the page itself. -->
<#macro crumbs root c steps=[]>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="${root}./">Home</a></li>
    <#if c.abolished()><li><a href="${root}archive/">Abolished classes</a></li><#else><li><a href="${root}classes/">Classes A–Z</a></li></#if>
    <li><a href="${root}${c.href}">${c.title}</a></li>
    <#if steps?has_content>
    <li><a href="${root}${c.versionsHref}">Versions</a></li>
    <#list steps as s><#if s?has_next><li><a href="${root}${s[1]}">${s[0]}</a></li><#else><li aria-current="page">${s[0]}</li></#if></#list>
    <#else>
    <li aria-current="page">Versions</li>
    </#if>
  </ol>
</nav>
</#macro>
