<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page bodyClass="search" scripts=["search.js"]>
<div class="wrap narrow">
  <h1>Search</h1>
  <form class="search-form" action="${site.root}search/" method="get" role="search" data-index="${indexUrl}">
    <label for="search-query">Words to search for</label>
    <input id="search-query" name="q" type="search" autocomplete="off">
    <button type="submit">Search</button>
  </form>
  <p id="search-status" role="status"></p>
  <ol id="search-results" class="search-results"></ol>
  <noscript>
    <p>Search needs JavaScript.<#if site.has.tags || site.has.authors || site.has.archive> You can also find pages
      <#assign ways = []><#if site.has.tags><#assign ways = ways + ["tags"]></#if><#if site.has.authors><#assign ways = ways + ["authors"]></#if><#if site.has.archive><#assign ways = ways + ["archive"]></#if>
      <#list ways as way><#if way?index gt 0><#if way?has_next>, <#else> or </#if></#if><#if way == "tags">by <a href="${site.root}tags/">topic</a><#elseif way == "authors">by <a href="${site.root}authors/">author</a><#else>by <a href="${site.root}archive/">month</a></#if></#list>.</#if></p>
  </noscript>
</div>
</@layout.page>
