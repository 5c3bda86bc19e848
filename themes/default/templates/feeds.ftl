<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page bodyClass="feeds">
<div class="wrap narrow">
  <h1>Follow us with a feed reader</h1>
  <p>A feed is a list of our newest posts that a feed reader app checks for you. When we publish something, it shows up in your reader. You do not need to sign up with us, and we do not know who follows.</p>
  <h2>How to use a feed</h2>
  <ol>
    <li>Get a feed reader. Many are free, for example on your phone's app store.</li>
    <li>Copy the address of one of the feeds below (for example the RSS link).</li>
    <li>Paste it into your feed reader where it asks for a feed or a website.</li>
  </ol>
  <p>Most readers understand all three formats. If in doubt, use RSS.</p>
  <h2>Our feeds</h2>
  <ul class="feed-list">
<#list feedList as feed>
    <li><span class="feed-title">${feed.title}</span> (${feed.count} <#if feed.count == 1>item<#else>items</#if>):
      <a href="${feed.rss}">RSS<span class="visually-hidden"> feed: ${feed.title}</span></a><#if feed.atom?has_content>,
      <a href="${feed.atom}">Atom<span class="visually-hidden"> feed: ${feed.title}</span></a>,
      <a href="${feed.json}">JSON Feed<span class="visually-hidden">: ${feed.title}</span></a><#else> (add it to a podcast app)</#if></li>
</#list>
  </ul>
<#if site.has.tags && site.has.authors>
  <p>Every <a href="${site.root}tags/">topic</a> and every <a href="${site.root}authors/">author</a> has feeds of its own too: add <code>feed.xml</code> to the end of its page address.</p>
<#elseif site.has.tags>
  <p>Every <a href="${site.root}tags/">topic</a> has feeds of its own too: add <code>feed.xml</code> to the end of its page address.</p>
<#elseif site.has.authors>
  <p>Every <a href="${site.root}authors/">author</a> has feeds of its own too: add <code>feed.xml</code> to the end of its page address.</p>
</#if>
</div>
</@layout.page>
