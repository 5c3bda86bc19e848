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
<#if site.brandCss?has_content>
<link rel="stylesheet" href="${site.brandCss}">
</#if>
<link rel="icon" href="${site.favicon.url}" type="${site.favicon.type}">
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip-link" href="#main">Skip to main content</a>
<#if meta.draft>
<p class="draft-banner">Draft preview: this page is not published yet.</p>
</#if>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="site-name" href="${site.root}"><#if site.logo?has_content><img class="site-logo" src="${site.logo.url}" alt="${site.logo.alt}" width="${site.logo.width?c}" height="${site.logo.height?c}"></#if>${site.title}<span class="visually-hidden">: home page</span></a>
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
<#list site.footerLinks as link>
        <li><a href="${link.url}">${link.label}</a></li>
</#list>
<#list site.social as account>
        <li><a href="${account.url}">${account.label}</a></li>
</#list>
      </ul>
    </nav>
<#if site.footer?has_content || site.licence?has_content>
    <p><#if site.footer?has_content>${site.footer}</#if><#if site.footer?has_content && site.licence?has_content> </#if><#if site.licence?has_content>${site.licence}</#if></p>
</#if>
  </div>
</footer>
<script src="${site.root}js/site.js" defer></script>
<#list scripts as script>
<script src="${site.root}js/${script}" defer></script>
</#list>
</body>
</html>
</#macro>
