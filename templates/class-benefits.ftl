<#ftl output_format="HTML">
<#-- Issue 13 §6: the unit's benefits in a short list beside the pay, with the unit's page and its MOU one click away.
     On a wide screen the list is always shown; on a phone the benefits' names are, and their summaries open from
     them (a disclosure, no JavaScript), so that the other key facts stay on the first screens. Included by class.ftl. -->
<#assign glance = page.benefits>
<div class="summary-benefits"><dt>Benefits</dt><dd>
  <#if glance.items?has_content>
  <details class="benefits-fold">
    <summary>${glance.names}</summary>
    <ul class="benefits-glance">
      <#list glance.items as b><li><strong>${b.name}</strong><#if b.summary?has_content>: ${b.summary}</#if></li></#list>
    </ul>
  </details>
  <#else>
  <p>No benefits are recorded for ${page.unitName}.</p>
  </#if>
  <p><a href="${root}${glance.unitHref}">Benefits of ${page.unitName}</a><#if glance.agreement??> · <a class="document-link" href="${glance.agreement.href}">${glance.agreement.label()}</a></#if></p>
</dd></div>
