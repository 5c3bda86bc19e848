<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page bodyClass="list">
<div class="wrap">
  <h1>${heading}<#if pagination.total gt 1> <span class="page-count">(page ${pagination.current} of ${pagination.total})</span></#if></h1>
<#if items?has_content>
  <@parts.cards items 2/>
<#else>
  <p>Nothing has been published here yet.</p>
</#if>
  <@parts.pagination pagination/>
</div>
</@layout.page>
