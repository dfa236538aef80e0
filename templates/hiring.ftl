<#ftl output_format="HTML">
<#-- Issue 13: who is hiring into a class now. hiring: a HiringView (its postings open on the build date). -->

<#-- The "At a glance" line: "Now hiring — apply by DATE" with each posting's link. -->
<#macro glance hiring>
<#if hiring.openNow()>
<div class="summary-hiring"><dt>Now hiring</dt><dd>
  <ul class="postings"><#list hiring.postings as p><li><strong>Now hiring — ${p.deadline}</strong>: <a href="${p.href}">${p.title}</a></li></#list></ul>
</dd></div>
</#if>
</#macro>

<#-- The postings in the page's Openings section. -->
<#macro postings hiring title>
<#if hiring.openNow()>
<ul class="postings">
  <#list hiring.postings as p><li><a href="${p.href}">${p.title}</a> — <#if p.closesIso?has_content>apply by <time datetime="${p.closesIso}">${p.closes}</time><#else>${p.deadline}</#if></li></#list>
</ul>
<#else>
<p>No posting for ${title} is open right now.</p>
</#if>
</#macro>
