<#ftl output_format="HTML">
<#-- The documentation's home page: the bundled theme's home lists the latest posts, and the docs have none, so this
     file takes its place (a theme override, as any group can make: see groups/theme.md). -->
<#import "layout.ftl" as layout>
<@layout.page bodyClass="home">
<div class="hero">
  <div class="wrap">
    <h1>${site.title}</h1>
    <p class="lead">${site.description}</p>
  </div>
</div>
<div class="wrap home-sections">
  <section aria-labelledby="home-who">
    <h2 id="home-who">Find the guides for you</h2>
    <ul class="section-links">
      <li><a href="${site.root}volunteers/">Guides for volunteers</a>: writing a post, pictures, easy read, pledges, events, recordings, and what an error means.</li>
      <li><a href="${site.root}groups/">Guides for other groups</a>: a new site for your group, its settings, and changing the theme.</li>
      <li><a href="${site.root}maintainers/">Guides for maintainers</a>: the preview, CI, the cache, performance, security headers, tests and releases.</li>
      <li><a href="${site.root}reference/">The reference</a>: every problem the build reports, every setting, front matter key, command and Maven goal.</li>
    </ul>
  </section>
  <section aria-labelledby="home-start">
    <h2 id="home-start">A site in a minute</h2>
    <p>With a JDK 17 and a copy of North Star, build the movement's site into <code>target/site/</code>:</p>
    <p><code>./mvnw package</code></p>
    <p>Then look at it as you write, with drafts shown and pages reloaded on every save:</p>
    <p><code>java -jar target/north-star.jar serve</code></p>
  </section>
</div>
</@layout.page>
