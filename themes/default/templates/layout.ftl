<#ftl output_format="HTML">
<#-- The frame of every page: skip link, header with the main navigation, main, footer. -->
<#macro page bodyClass="" scripts=[]>
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<#-- Only the site's own files, no inline script or style: GitHub Pages sends no headers, so the page says it. -->
<meta http-equiv="Content-Security-Policy" content="${meta.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if meta.title == site.title>${site.title}<#else>${meta.title} | ${site.title}</#if></title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${meta.canonical}">
<meta property="og:site_name" content="${site.title}">
<meta property="og:locale" content="en_GB">
<meta property="og:type" content="${meta.ogType}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${meta.canonical}">
<meta property="og:image" content="${meta.image.url}">
<meta property="og:image:alt" content="${meta.image.alt}">
<#if meta.image.card>
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
</#if>
<#if meta.published?has_content>
<meta property="article:published_time" content="${meta.published}">
</#if>
<#list meta.authors as author>
<meta property="article:author" content="${author}">
</#list>
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="${meta.title}">
<meta name="twitter:description" content="${meta.description}">
<meta name="twitter:image" content="${meta.image.url}">
<meta name="twitter:image:alt" content="${meta.image.alt}">
<#if meta.easyReadUrl?has_content>
<#-- Not hreflang: both versions are in English, and hreflang is for other languages. -->
<link rel="alternate" title="Easy read" href="${meta.easyReadUrl}">
</#if>
<#if meta.mainUrl?has_content>
<link rel="alternate" title="Standard version" href="${meta.mainUrl}">
</#if>
<#list meta.feeds as feed>
<link rel="alternate" type="${feed.type}" title="${feed.title}" href="${feed.url}">
</#list>
<#if meta.jsonLd?has_content>
<script type="application/ld+json">${meta.jsonLd?no_esc}</script>
</#if>
<link rel="stylesheet" href="${site.root}css/site.css">
<link rel="icon" href="${site.root}favicon.svg" type="image/svg+xml">
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#main">Skip to main content</a>
<#if meta.draft>
<p class="draft-banner">Draft preview: this page is not published yet.</p>
</#if>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="site-name" href="${site.root}"><svg class="site-mark" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="28" height="28"><path fill="currentColor" d="M12 1.5l2.6 7.9H23l-6.8 4.9 2.6 8-6.8-5-6.8 5 2.6-8L1 9.4h8.4z"/></svg>${site.title}<span class="visually-hidden">: home page</span></a>
    <nav class="main-nav" aria-label="Main">
      <ul>
<#list site.nav as item>
        <li><a href="${item.url}"<#if item.url == meta.url> aria-current="page"</#if>>${item.label}</a></li>
</#list>
      </ul>
    </nav>
  </div>
</header>
<main id="main" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
  <div class="wrap">
    <nav aria-label="More from the site">
      <ul>
        <li><a href="${site.root}pledges/">Pledges</a></li>
        <li><a href="${site.root}tags/">Topics</a></li>
        <li><a href="${site.root}authors/">Authors</a></li>
        <li><a href="${site.root}archive/">Archive</a></li>
        <li><a href="${site.root}search/">Search</a></li>
        <li><a href="${site.root}feeds/">Feeds (RSS)</a></li>
<#list site.social as account>
        <li><a href="${account.url}">${account.label}</a></li>
</#list>
      </ul>
    </nav>
    <p>${site.title} is a movement, not an organisation. Words on this site may be shared freely.</p>
  </div>
</footer>
<script src="${site.root}js/site.js" defer></script>
<#list scripts as script>
<script src="${site.root}js/${script}" defer></script>
</#list>
</body>
</html>
</#macro>
