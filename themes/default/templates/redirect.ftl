<#ftl output_format="HTML">
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${meta.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved: ${target.title} | ${site.title}</title>
<link rel="canonical" href="${targetPermalink}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${target.url}">
<link rel="stylesheet" href="${site.root}css/site.css">
</head>
<body>
<main id="main" class="wrap">
  <h1>This page has moved</h1>
  <p>It is now at <a href="${target.url}">${target.title}</a>.</p>
</main>
</body>
</html>
