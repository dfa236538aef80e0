<#ftl output_format="HTML">
<#-- Issue 13: every job posting open on the build date. page: an OpeningsPage.View. -->
<#import "layout.ftl" as layout>
<#assign root = page.meta.root>
<@layout.page meta=page.meta>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol>
    <li><a href="${root}./">Home</a></li>
    <li aria-current="page">Open positions</li>
  </ol>
</nav>
<h1>Open positions</h1>
<#if page.rows?has_content>
<p>${page.rows?size} <#if page.rows?size == 1>posting takes<#else>postings take</#if> applications as of ${page.asOf}, the soonest closing first. Each links to the posting on the job board, where you apply, and to the class specification: what the job involves, what it requires and what it pays.</p>
<p class="table-label" id="openings-caption">Open positions as of ${page.asOf}</p>
<div class="table-scroll" role="region" aria-labelledby="openings-caption" tabindex="0">
  <p class="scroll-hint">Scroll sideways to see all columns</p>
  <table class="openings">
    <caption class="visually-hidden">Open positions as of ${page.asOf}</caption>
    <thead><tr><th scope="col">Posting</th><th scope="col">Class</th><th scope="col">Department</th><th scope="col">Apply by</th></tr></thead>
    <tbody>
      <#list page.rows as r>
      <tr>
        <th scope="row"><a href="${r.posting.href}">${r.posting.title}</a></th>
        <td><@layout.classLink root r.job/></td>
        <td>${r.department}</td>
        <td><#if r.posting.closesIso?has_content><time datetime="${r.posting.closesIso}">${r.posting.closes}</time><#else>Open until filled</#if></td>
      </tr>
      </#list>
    </tbody>
  </table>
</div>
<#else>
<p>No job postings are open as of ${page.asOf}.<#if page.board?has_content> New postings appear on the <a href="${page.board}">job board</a> first.</#if></p>
</#if>
<#if page.rows?has_content && page.board?has_content>
<p>All of the agency's postings are on its <a href="${page.board}">job board</a>.</p>
</#if>
</@layout.page>
