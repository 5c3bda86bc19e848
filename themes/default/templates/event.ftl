<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<#assign e = page.event>
<@layout.page bodyClass="type-event">
<article class="wrap article">
  <header class="article-header">
    <p class="kicker"><#if e.past>Past event<#else>Event</#if></p>
    <h1>${page.title}</h1>
<#if e.status == "cancelled">
    <p class="event-status cancelled"><strong>This event is cancelled.</strong></p>
<#elseif e.status == "postponed">
    <p class="event-status postponed"><strong>This event is postponed.</strong> A new date will be given here.</p>
</#if>
<#if page.summary?has_content>
    <p class="summary">${page.summary}</p>
</#if>
    <@parts.easyReadLink page/>
    <@parts.pdfLink page/>
  </header>
  <section class="event-details" aria-labelledby="event-details">
    <h2 id="event-details" class="visually-hidden">When and where</h2>
    <dl>
      <dt>When</dt>
      <dd><time datetime="${e.startIso}">${e.when}</time></dd>
      <dt>Where</dt>
<#if e.online>
      <dd>Online. <#if e.joiningIsLink><a href="${e.joining}">Join the event online</a><#else>${e.joining?cap_first}</#if></dd>
<#else>
      <dd>${e.location}</dd>
</#if>
<#if e.cost?has_content>
      <dt>Cost</dt>
      <dd>${e.cost}</dd>
</#if>
<#if e.organiser?has_content>
      <dt>Organised by</dt>
      <dd>${e.organiser}</dd>
</#if>
    </dl>
<#if e.booking?has_content && !e.past && e.status != "cancelled">
    <p><a class="button" href="${e.booking}">Book a place<span class="visually-hidden">: ${page.title}</span></a></p>
</#if>
  </section>
<#if e.access?has_content || e.accessNotes?has_content>
  <section class="access-panel" aria-labelledby="access">
    <h2 id="access">Access</h2>
    <ul>
<#list e.access as a>
      <li>${a.label}</li>
</#list>
<#list e.accessNotes as note>
      <li>${note}</li>
</#list>
    </ul>
  </section>
</#if>
<#if !e.past && e.status != "cancelled">
  <section class="add-to-calendar" aria-labelledby="add-to-calendar">
    <h2 id="add-to-calendar" class="small-heading">Add it to your calendar</h2>
    <ul>
      <li><a href="${e.icsUrl}" download>Calendar file (Apple, Outlook and others)</a></li>
      <li><a href="${e.googleUrl}">Google Calendar</a></li>
      <li><a href="${e.outlookUrl}">Outlook.com</a></li>
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
  <footer class="article-footer">
    <@parts.tags page/>
    <@parts.related page/>
  </footer>
</article>
</@layout.page>
