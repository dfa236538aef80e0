<#ftl output_format="HTML">
<#-- The page frame shared by every HTML page. meta: a PageMeta view. refresh: an address to send the reader on to (redirect pages).
     robots: what search engines may do with the page, e.g. "noindex" (issue 14: old versions of a spec). -->
<#macro page meta refresh="" robots="">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title} | ${meta.site.title}</title>
<meta name="description" content="${meta.description}">
<#if refresh?has_content><meta http-equiv="refresh" content="0; url=${refresh}"></#if><#if robots?has_content><meta name="robots" content="${robots}"></#if>
<#if meta.canonical?has_content><link rel="canonical" href="${meta.canonical}"></#if>
<#if meta.feed??>
<link rel="alternate" type="application/atom+xml" href="${meta.root}${meta.feed.href}" title="${meta.feed.title}">
</#if>
<link rel="stylesheet" href="${meta.root}css/site.css">
<#if meta.site.logo?has_content><link rel="icon" href="${meta.root}${meta.site.logo}"><#else><link rel="icon" href="data:,"></#if>
<#if meta.site.themeCss?has_content><style>:root { ${meta.site.themeCss} }</style></#if>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="wrap">
    <a class="site-name" href="${meta.root}./"><#if meta.site.logo?has_content><img class="logo" src="${meta.root}${meta.site.logo}" alt="" width="40" height="40"> </#if>${meta.site.title}</a>
    <nav class="site-nav" aria-label="Main">
      <details class="site-menu">
      <summary>Menu</summary>
      <ul>
        <@navItem meta "classes/" "Classes A–Z" "classes"/>
        <@navItem meta "departments/" "Departments" "departments"/>
        <@navItem meta "series/" "Class series" "series"/>
        <@navItem meta "salary/" "Salary schedules" "salary"/>
        <@navItem meta "units/" "Units and benefits" "units"/>
        <#if meta.site.openings?has_content><@navItem meta meta.site.openings "Open positions" "openings"/></#if>
        <@navItem meta "search/" "Search" "search"/>
      </ul>
      </details>
    </nav>
  </div>
</header>
<main id="main" tabindex="-1">
  <div class="wrap">
<#nested>
  </div>
</main>
<footer class="site-footer">
  <div class="wrap">
    <#if meta.site.footer?has_content><p>${meta.site.footer}</p></#if>
    <p><a href="${meta.root}archive/">Abolished classes (archive)</a> · <a href="${meta.root}changes/">What changed</a> · Open data: <a href="${meta.root}classes.csv">all classes (CSV)</a>, <a href="${meta.root}classes.json">all classes (JSON)</a> · <a href="${meta.root}sitemap.xml">Site map (XML)</a></p>
    <#if meta.site.agency?has_content><p>${meta.site.agency}</p></#if>
  </div>
</footer>
</body>
</html>
</#macro>

<#macro navItem meta path label area>
<li><a href="${meta.root}${path}"<#if meta.path == path> aria-current="page"<#elseif meta.area == area> class="current"</#if>>${label}</a></li>
</#macro>

<#-- A link to a class as listings show it: title, code and an optional note. -->
<#macro classLink root c>
<a href="${root}${c.href}">${c.title}</a> <span class="code">${c.code}</span><#if c.note?has_content> <span class="note">${c.note}</span></#if><#if c.pay?has_content> <span class="list-pay<#if c.pay == "No pay on a current schedule"> list-pay-none</#if>">${c.pay}</span></#if>
</#macro>
<#-- Issue 13: listings show pay on one base; this says which, and how computed figures are made. -->
<#macro payNote meta>
<p class="note pay-note">${meta.site.payNote}</p>
</#macro>
