<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page bodyClass="type-vision">
<article class="vision">
  <header class="vision-header">
    <div class="wrap">
      <p class="kicker">Our vision</p>
      <h1>${page.title}</h1>
<#if page.summary?has_content>
      <p class="vision-statement">${page.summary}</p>
</#if>
      <@parts.easyReadLink page/>
      <@parts.pdfLink page/>
    </div>
  </header>
  <div class="wrap">
    <div class="content vision-content" data-src-body>
${page.content?no_esc}
    </div>
  </div>
</article>
</@layout.page>
