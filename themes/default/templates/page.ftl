<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page bodyClass="type-${page.type}">
<article class="wrap article">
  <header class="article-header">
<#if page.type != "page">
    <p class="kicker">${page.typeLabel}</p>
</#if>
    <h1>${page.title}</h1>
    <@parts.byline page/>
<#if page.summary?has_content && page.type != "page">
    <p class="summary">${page.summary}</p>
</#if>
    <@parts.easyReadLink page/>
    <@parts.pdfLink page/>
  </header>
<#if page.leadPicture?has_content>
  <figure class="lead-image">${page.leadPicture?no_esc}</figure>
<#elseif page.image?has_content>
  <figure class="lead-image"><img src="${page.image}" alt="${page.imageAlt}"></figure>
</#if>
<#if page.to?has_content>
  <section class="letter-to" aria-labelledby="letter-to">
    <h2 id="letter-to" class="small-heading">To</h2>
    <ul>
<#list page.to as addressee>
      <li>${addressee}</li>
</#list>
    </ul>
  </section>
</#if>
  <div class="content" data-src-body>
${page.content?no_esc}
  </div>
<#-- The recording and its transcript come after the words that introduce them. -->
<#if page.recording?has_content>
  <div class="recording-area">
${page.recording?no_esc}
  </div>
</#if>
<#if page.signatories?has_content>
  <section class="signatories" aria-labelledby="signatories">
    <h2 id="signatories">Signed by</h2>
    <ul>
<#list page.signatories as s>
      <li><span class="signatory-name">${s.name}</span><#if s.role?has_content>, ${s.role}</#if><#if s.organisation?has_content>, ${s.organisation}</#if></li>
</#list>
    </ul>
  </section>
</#if>
  <footer class="article-footer">
    <@parts.tags page/>
    <@parts.related page/>
    <@parts.prevNext page/>
  </footer>
</article>
</@layout.page>
