<#ftl output_format="plainText">
${site.title}: ${page.title}
<#if page.dated>${page.dateHuman}
</#if>
View in your browser: ${page.permalink}

${emailText}
--
You are getting this because you asked for news from ${site.title}: ${homeUrl}
