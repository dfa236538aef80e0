<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list page.entries as e>
  <url><loc>${e.loc}</loc><#if e.lastmod?has_content><lastmod>${e.lastmod}</lastmod></#if></url>
</#list>
</urlset>
