<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page bodyClass="pledges">
<div class="wrap">
  <h1>Pledges</h1>
  <p>A pledge is a promise you can make your own. Copy one, or share it with the buttons under it.</p>
<#if pledges?has_content>
<#list pledges as pledge>
  <section class="pledge-entry" aria-labelledby="pledge-from-${pledge?counter}">
    <h2 id="pledge-from-${pledge?counter}">From <a href="${pledge.page.url}">${pledge.page.title}</a></h2>
    ${pledge.card?no_esc}
  </section>
</#list>
<#else>
  <p>There are no pledges yet.</p>
</#if>
</div>
</@layout.page>
