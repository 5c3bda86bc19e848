<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><#list published_content as content><url><loc>https://bench.example.org/${content.uri}</loc></url></#list></urlset>
