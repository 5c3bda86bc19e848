<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page bodyClass="type-easy-read">
<article class="wrap easy-read">
  <header class="easy-read-header">
    <p class="kicker">Easy read</p>
    <h1>${page.title}</h1>
<#if page.mainUrl?has_content>
    <p class="version-link"><a href="${page.mainUrl}">Read the standard version of this page</a></p>
</#if>
    <@parts.pdfLink page/>
  </header>
  <div class="easy-content" data-src-body>
${page.content?no_esc}
  </div>
</article>
</@layout.page>
