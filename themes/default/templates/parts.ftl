<#ftl output_format="HTML">
<#-- Small pieces shared by several templates. -->

<#macro byline item>
<#if item.dated || item.authors?has_content>
<p class="byline"><#if item.dated>Published <time datetime="${item.dateIso}">${item.dateHuman}</time></#if><#if item.authors?has_content><#if item.dated> by <#else>By </#if><#list item.authors as author><a href="${author.url}">${author.name}</a><#sep>, </#sep></#list></#if></p>
</#if>
</#macro>

<#macro easyReadLink item>
<#if item.easyReadUrl?has_content>
<p class="version-link"><a href="${item.easyReadUrl}"><svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" d="M4 4h7a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H4zm16 0h-4a3 3 0 0 0-3 3v13a2 2 0 0 1 2-2h5z"/></svg>Read this page in easy read</a></p>
</#if>
</#macro>

<#-- The page's PDF (reports, letters and easy read: see site.yml's pdfs), with its size, as people decide by it on a phone. -->
<#macro pdfLink item>
<#if item.pdf?has_content>
<p class="version-link"><a href="${item.pdf.url}" download>Download ${item.pdf.noun} as a PDF (${item.pdf.size})</a></p>
</#if>
</#macro>

<#macro tags item>
<#if item.tags?has_content>
<div class="tag-list">
  <h2 class="small-heading">Topics</h2>
  <ul>
<#list item.tags as tag>
    <li><a href="${tag.url}"><span class="visually-hidden">Topic: </span>${tag.name}</a></li>
</#list>
  </ul>
</div>
</#if>
</#macro>

<#-- Items sharing this one's tags (none for pages without tags or dates). -->
<#macro related item>
<#if item.related?has_content>
<nav class="related" aria-labelledby="related-title">
  <h2 id="related-title" class="small-heading">More on these topics</h2>
  <ul>
<#list item.related as r>
    <li><a href="${r.url}">${r.title}</a> <time datetime="${r.dateIso}">${r.dateHuman}</time></li>
</#list>
  </ul>
</nav>
</#if>
</#macro>

<#macro prevNext item>
<#if item.previous?has_content || item.next?has_content>
<nav class="prev-next" aria-label="Older and newer">
  <ul>
<#if item.next?has_content>
    <li class="newer"><span class="label">Newer</span> <a href="${item.next.url}" rel="next">${item.next.title}</a></li>
</#if>
<#if item.previous?has_content>
    <li class="older"><span class="label">Older</span> <a href="${item.previous.url}" rel="prev">${item.previous.title}</a></li>
</#if>
  </ul>
</nav>
</#if>
</#macro>

<#-- A list of items as cards; headingLevel keeps headings in order wherever the list sits. -->
<#macro cards items headingLevel=2>
<ul class="cards">
<#list items as item>
  <li class="card">
    <p class="kicker">${item.typeLabel}<#if item.draft || item.future> <span class="badge">Draft</span></#if></p>
    <h${headingLevel} class="card-title"><a href="${item.url}">${item.title}</a></h${headingLevel}>
    <@byline item/>
<#if item.summary?has_content>
    <p>${item.summary}</p>
</#if>
<#if item.easyReadUrl?has_content>
    <p class="card-easy-read"><a href="${item.easyReadUrl}">Easy read<span class="visually-hidden">: ${item.title}</span></a></p>
</#if>
  </li>
</#list>
</ul>
</#macro>

<#macro pagination p>
<#if p.total gt 1>
<nav class="pagination" aria-label="Pages">
  <ul>
<#if p.previousUrl?has_content>
    <li><a href="${p.previousUrl}" rel="prev">Previous page</a></li>
</#if>
<#list p.pages as n>
<#if n.gap>
    <li class="gap" aria-hidden="true">…</li>
<#else>
    <li><#if n.current><a href="${n.url}" aria-current="page"><span class="visually-hidden">Page </span>${n.number}</a><#else><a href="${n.url}"><span class="visually-hidden">Page </span>${n.number}</a></#if></li>
</#if>
</#list>
<#if p.nextUrl?has_content>
    <li><a href="${p.nextUrl}" rel="next">Next page</a></li>
</#if>
  </ul>
</nav>
</#if>
</#macro>

<#-- Events as a list: when and where first, and plainly whether one is called off or moved. -->
<#macro eventCards items headingLevel=2>
<ul class="cards event-cards">
<#list items as item>
  <li class="card event-card">
<#if item.event.status == "cancelled">
    <p class="event-status cancelled">Cancelled</p>
<#elseif item.event.status == "postponed">
    <p class="event-status postponed">Postponed</p>
</#if>
    <h${headingLevel} class="card-title"><a href="${item.url}">${item.title}</a></h${headingLevel}>
    <p class="event-when"><time datetime="${item.event.startIso}">${item.event.when}</time></p>
    <p class="event-where">${item.event.where}</p>
<#if item.summary?has_content>
    <p>${item.summary}</p>
</#if>
  </li>
</#list>
</ul>
</#macro>

