<#ftl output_format="HTML">
<#-- The newsletter as an e-mail. Mail clients drop style sheets, so styles are inline; each comes from
     emailStyles (and the body's from the build), so the policy below can allow exactly those by hash. -->
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${emailPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} | ${site.title}</title>
</head>
<body style="${emailStyles.body}">
<div style="${emailStyles.wrap}">
  <p style="${emailStyles.viewLink}"><a href="${page.permalink}" style="${emailStyles.link}">View this newsletter in your browser</a></p>
  <p style="${emailStyles.site}">${site.title}</p>
  <h1 style="${emailStyles.title}">${page.title}</h1>
<#if page.dated>
  <p style="${emailStyles.date}">${page.dateHuman}</p>
</#if>
  <div data-src-body>
${emailHtml?no_esc}
  </div>
  <hr style="${emailStyles.rule}">
  <p style="${emailStyles.footer}">You are getting this because you asked for news from ${site.title}. <a href="${homeUrl}" style="${emailStyles.link}">Visit ${site.title}</a>.</p>
</div>
</body>
</html>
