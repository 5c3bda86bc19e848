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
    <p>Search needs JavaScript. You can also find pages by <a href="${site.root}tags/">topic</a>, by <a href="${site.root}authors/">author</a> or by <a href="${site.root}archive/">month</a>.</p>
  </noscript>
</div>
</@layout.page>
