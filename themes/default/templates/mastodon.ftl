<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page bodyClass="share">
<div class="wrap narrow">
  <h1>Share on Mastodon</h1>
  <p>Mastodon is made of many servers. Tell us the one you use, and we will open its share page with the pledge filled in.</p>
  <form class="mastodon-form" action="${site.root}share/mastodon/" method="get">
    <label for="instance">Your Mastodon server, for example mastodon.social</label>
    <input id="instance" name="instance" type="text" inputmode="url" autocomplete="url" spellcheck="false">
    <input id="share-text" name="text" type="hidden" value="">
    <button type="submit">Open my server's share page</button>
  </form>
  <p id="mastodon-status" role="status"></p>
  <p>Without JavaScript this page cannot open your server. You can copy the pledge from its page and post it yourself.</p>
</div>
</@layout.page>
