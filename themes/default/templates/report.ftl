<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page bodyClass="type-report">
<article class="wrap article report">
  <header class="article-header">
    <p class="kicker">Report</p>
    <h1>${page.title}</h1>
    <@parts.byline page/>
<#if page.summary?has_content>
    <p class="summary">${page.summary}</p>
</#if>
    <@parts.easyReadLink page/>
    <@parts.pdfLink page/>
    <p class="version-link"><a href="${page.textUrl}" download>Download the report as plain text (TXT)</a></p>
  </header>
<#assign sections = page.headings?filter(h -> h.level == 2)>
<#if sections?has_content>
  <nav class="toc" aria-labelledby="contents">
    <h2 id="contents">Contents</h2>
    <ul>
<#list sections as h>
      <li><a href="#${h.id}">${h.text}</a></li>
</#list>
    </ul>
  </nav>
</#if>
  <div class="content" data-src-body>
${page.content?no_esc}
  </div>
  <footer class="article-footer">
    <@parts.tags page/>
  </footer>
</article>
</@layout.page>
