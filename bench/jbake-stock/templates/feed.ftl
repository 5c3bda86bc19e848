<?xml version="1.0"?>
<rss version="2.0"><channel><title>Benchmark Site</title><link>https://bench.example.org/</link><description>Bench</description>
<#list published_posts[0..*20] as post><item><title>${post.title?xml}</title><link>https://bench.example.org/${post.uri}</link><guid>https://bench.example.org/${post.uri}</guid><description>${post.body?xml}</description></item></#list>
</channel></rss>
