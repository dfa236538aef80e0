<#ftl output_format="HTML">
<#-- The page frame shared by every HTML page. meta: a PageMeta view. refresh: an address to send the reader on to (redirect pages).
     robots: what search engines may do with the page, e.g. "noindex" (issue 14: old versions of a spec). -->
<#macro page meta refresh="" robots="">
<#local root = meta.root site = meta.site path = meta.path area = meta.area>
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title} | ${site.title}</title>
<meta name="description" content="${meta.description}">
<#if refresh?has_content><meta http-equiv="refresh" content="0; url=${refresh}"></#if><#if robots?has_content><meta name="robots" content="${robots}"></#if>
<#if meta.canonical?has_content><link rel="canonical" href="${meta.canonical}"></#if>
<#if meta.feed??>
<link rel="alternate" type="application/atom+xml" href="${root}${meta.feed.href}" title="${meta.feed.title}">
</#if>
<link rel="stylesheet" href="${root}css/site.css">
<#if site.logo?has_content><link rel="icon" href="${root}${site.logo}"><#else><link rel="icon" href="data:,"></#if>
<#if site.themeCss?has_content><style>:root { ${site.themeCss} }</style></#if>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="wrap">
    <a class="site-name" href="${root}./"><#if site.logo?has_content><img class="logo" src="${root}${site.logo}" alt="" width="40" height="40"> </#if>${site.title}</a>
    <nav class="site-nav" aria-label="Main">
      <details class="site-menu">
      <summary>Menu</summary>
      <ul>
        <@navItem root path area "classes/" "Classes A–Z" "classes"/>
        <@navItem root path area "departments/" "Departments" "departments"/>
        <@navItem root path area "series/" "Class series" "series"/>
        <@navItem root path area "salary/" "Salary schedules" "salary"/>
        <@navItem root path area "units/" "Units and benefits" "units"/>
        <#if site.openings?has_content><@navItem root path area site.openings "Open positions" "openings"/></#if>
        <@navItem root path area "search/" "Search" "search"/>
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
    <#if site.footer?has_content><p>${site.footer}</p></#if>
    <p><a href="${root}archive/">Abolished classes (archive)</a> · <a href="${root}changes/">What changed</a> · Open data: <a href="${root}classes.csv">all classes (CSV)</a>, <a href="${root}classes.json">all classes (JSON)</a> · <a href="${root}sitemap.xml">Site map (XML)</a></p>
    <#if site.agency?has_content><p>${site.agency}</p></#if>
  </div>
</footer>
</body>
</html>
</#macro>

<#macro navItem root current currentArea path label area>
<li><a href="${root}${path}"<#if current == path> aria-current="page"<#elseif currentArea == area> class="current"</#if>>${label}</a></li>
</#macro>

<#-- A link to a class as listings show it: title, code and an optional note. -->
<#macro classLink root c>
<a href="${root}${c.href}">${c.title}</a> <span class="code">${c.code}</span><#if c.note?has_content> <span class="note">${c.note}</span></#if><#if c.pay?has_content> <span class="list-pay<#if c.pay == "No pay on a current schedule"> list-pay-none</#if>">${c.pay}</span></#if>
</#macro>
<#-- Issue 13: listings show pay on one base; this says which, and how computed figures are made. -->
<#macro payNote meta>
<p class="note pay-note">${meta.site.payNote}</p>
</#macro>
