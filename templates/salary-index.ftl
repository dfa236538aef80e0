<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<h1>Salary schedules</h1>
<p>Each schedule lists the pay of every class, with its time base, as adopted. Past schedules stay published for at least five years.</p>
<@group "In force" page.current "No schedule is in force yet."/>
<#if page.future?has_content><@group "Adopted for the future" page.future ""/></#if>
<#if page.past?has_content><@group "Past schedules" page.past ""/></#if>
</@layout.page>

<#macro group title entries empty>
<section aria-labelledby="${title?lower_case?replace(' ', '-')}">
  <h2 id="${title?lower_case?replace(' ', '-')}">${title}</h2>
  <#if entries?has_content>
  <ul class="class-list">
    <#list entries as e><li><a href="${root}${e.href}">${e.title}</a> <span class="note">${e.detail}</span></li></#list>
  </ul>
  <#else>
  <p>${empty}</p>
  </#if>
</section>
</#macro>
