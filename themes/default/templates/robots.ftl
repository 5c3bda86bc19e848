<#ftl output_format="plainText">
User-agent: *
Allow: /

Sitemap: ${site.baseUrl}sitemap.xml
