<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page bodyClass="index-page">
<div class="wrap">
  <h1>${heading}</h1>
  <p>${intro}</p>
<#if terms?has_content>
  <ul class="terms">
<#list terms as term>
    <li><a href="${term.url}"><#if termPrefix?has_content><span class="visually-hidden">${termPrefix}</span></#if>${term.name}</a> <span class="count">(${term.count} <#if term.count == 1>item<#else>items</#if>)</span></li>
</#list>
  </ul>
<#else>
  <p>Nothing here yet.</p>
</#if>
</div>
</@layout.page>
