<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} | ${site.title}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#1b1b1b;font-family:Arial,Helvetica,sans-serif;">
<div style="max-width:640px;margin:0 auto;padding:16px;">
  <p style="font-size:15px;margin:0 0 16px;"><a href="${page.permalink}" style="color:#1a4a8f;">View this newsletter in your browser</a></p>
  <p style="font-size:15px;font-weight:bold;margin:0;color:#13315c;">${site.title}</p>
  <h1 style="font-size:28px;line-height:1.25;margin:8px 0 8px;color:#13315c;">${page.title}</h1>
<#if page.dated>
  <p style="font-size:15px;margin:0 0 24px;color:#4a4a4a;">${page.dateHuman}</p>
</#if>
  <div data-src-body>
${emailHtml?no_esc}
  </div>
  <hr style="border:0;border-top:2px solid #13315c;margin:32px 0 16px;">
  <p style="font-size:15px;line-height:1.5;">You are getting this because you asked for news from ${site.title}. <a href="${homeUrl}" style="color:#1a4a8f;">Visit ${site.title}</a>.</p>
</div>
</body>
</html>
