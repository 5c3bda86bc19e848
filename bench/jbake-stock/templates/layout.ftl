<#macro page title>
<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | Benchmark Site</title><link rel="stylesheet" href="/css/site.css"></head>
<body><a href="#main">Skip to main content</a><header><nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/archive.html">Archive</a></li><li><a href="/tags/">Tags</a></li></ul></nav></header>
<main id="main"><#nested></main><footer><p>Benchmark Site</p></footer></body></html>
</#macro>
