<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${page.id}</id>
  <title>${page.title}</title>
  <subtitle>${page.subtitle}</subtitle>
  <updated>${page.updated}</updated>
  <author><name>${page.author}</name></author>
  <link rel="self" type="application/atom+xml" href="${page.id}"/>
  <link rel="alternate" type="text/html" href="${page.alternate}"/>
<#list page.entries as e>
  <entry>
    <id>${e.id}</id>
    <title>${e.title}</title>
    <updated>${e.updated}</updated>
    <link rel="alternate" type="text/html" href="${e.href}"/>
    <summary>${e.summary}</summary>
  </entry>
</#list>
</feed>
