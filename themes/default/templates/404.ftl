<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page bodyClass="not-found">
<div class="wrap">
  <h1>Sorry, we cannot find that page</h1>
  <p>The address may be mistyped, or the page may have moved.</p>
  <ul>
    <li><a href="${site.root}">Go to the home page</a></li>
<#if site.has.archive>
    <li><a href="${site.root}archive/">See everything we have published, by month</a></li>
</#if>
<#if site.has.tags>
    <li><a href="${site.root}tags/">See everything by topic</a></li>
</#if>
    <li><a href="${site.root}search/">Search the site</a></li>
  </ul>
</div>
</@layout.page>
