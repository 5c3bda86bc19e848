<#ftl output_format="HTML">
<#-- A page as a PDF (see print/pdf.css): one column, no site menu, the page's address on the cover, a table of
     contents for a report, signatories for a letter, and easy read's one idea per row with its picture on the left.
     The PDF is checked against PDF/UA-1 before the site is published. -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${page.title}</title>
<meta name="author" content="${site.title}">
<#-- the document's description (PDF/UA wants one): the summary, or what the page is -->
<meta name="subject" content="<#if page.summary?has_content>${page.summary}<#else>${page.typeLabel}: ${page.title}</#if>">
<style>
${printCss?no_esc}
</style>
</head>
<body class="pdf-${page.kind}">
<div class="cover">
  <p class="site-name">${site.title}</p>
  <p class="kicker">${page.typeLabel}</p>
  <h1 id="title">${page.title}</h1>
<#if page.summary?has_content && page.kind != "easy-read">
  <p class="summary">${page.summary}</p>
</#if>
<#if page.dated || page.authors?has_content>
  <p class="byline"><#if page.dated>Published ${page.dateHuman}</#if><#if page.authors?has_content><#if page.dated> by <#else>By </#if><#list page.authors as author>${author.name}<#sep>, </#sep></#list></#if></p>
</#if>
  <p class="address">Read it online: <a href="${page.permalink}">${page.permalink}</a></p>
</div>
<#if page.leadPicture?has_content>
<div class="lead-image">${page.leadPicture?no_esc}</div>
<#elseif page.image?has_content>
<div class="lead-image"><img src="${page.image}" alt="${page.imageAlt}"></div>
</#if>
<#assign sections = page.headings?filter(h -> h.level == 2)>
<#if page.kind == "report" && sections?has_content>
<div class="toc">
  <h2 id="contents">Contents</h2>
  <ul>
<#list sections as h>
    <li><a href="#${h.id}">${h.text}</a></li>
</#list>
  </ul>
</div>
</#if>
<#if page.to?has_content>
<div class="letter-to">
  <h2 id="letter-to">To</h2>
  <ul>
<#list page.to as addressee>
    <li>${addressee}</li>
</#list>
  </ul>
</div>
</#if>
<div class="content">
${page.content?no_esc}
</div>
<#if page.signatories?has_content>
<div class="signatories">
  <h2 id="signatories">Signed by</h2>
  <ul>
<#list page.signatories as s>
    <li><span class="signatory-name">${s.name}</span><#if s.role?has_content>, ${s.role}</#if><#if s.organisation?has_content>, ${s.organisation}</#if></li>
</#list>
  </ul>
</div>
</#if>
<#if site.licence?has_content>
<p class="licence">${site.licence}</p>
</#if>
</body>
</html>
