<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page bodyClass="home">
<div class="hero">
  <div class="wrap">
    <h1>${site.title}</h1>
    <p class="lead">${site.description}</p>
  </div>
</div>
<div class="wrap home-sections">
<#if vision?has_content>
  <section class="home-vision" aria-labelledby="home-vision">
    <h2 id="home-vision">Our vision: ${vision.title}</h2>
    <p class="vision-statement">${vision.summary}</p>
    <p><a class="button" href="${vision.url}">Read our vision in full</a><#if vision.easyReadUrl?has_content> <a class="button secondary" href="${vision.easyReadUrl}">Read our vision in easy read</a></#if></p>
  </section>
</#if>
<#if events?has_content>
  <section class="home-events" aria-labelledby="home-events">
    <h2 id="home-events">Coming up</h2>
    <@parts.eventCards events 3/>
    <p><a href="${eventsUrl}">All our events</a></p>
  </section>
</#if>
  <section aria-labelledby="home-latest">
    <h2 id="home-latest">${site.latestHeading}</h2>
<#if latest?has_content>
    <@parts.cards latest 3/>
<#else>
    <p>Nothing has been published yet.</p>
</#if>
<#if sections?has_content>
    <ul class="section-links">
<#list sections as s>
      <li><a href="${s.url}">All ${s.noun}</a> (${s.count})</li>
</#list>
    </ul>
</#if>
  </section>
<#if getInvolved?has_content>
  <section class="home-involved" aria-labelledby="home-involved">
    <h2 id="home-involved">Get involved</h2>
    <p>${getInvolved.summary}</p>
    <p><a class="button" href="${getInvolved.url}">Find out how to get involved</a></p>
  </section>
</#if>
</div>
<#if oldAddresses?has_content>
<script type="application/json" id="old-addresses">${oldAddresses?no_esc}</script>
</#if>
</@layout.page>
