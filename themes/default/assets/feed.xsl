<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an RSS feed opened in a browser as a readable page that explains what a feed is. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/rss/channel">
    <html lang="en-GB">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="title"/> (feed)</title>
        <style>
          body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.6; color: #1b1b1b; background: #fff; margin: 0; }
          main { max-width: 42rem; margin: 0 auto; padding: 1rem; }
          a { color: #1a4a8f; }
          .note { background: #f3f5f8; padding: 0.5rem 1rem; border-left: 6px solid #13315c; }
        </style>
      </head>
      <body>
        <main>
          <p class="note">This is a feed. Copy this page's address into a feed reader app to get new posts as they are published.</p>
          <h1><xsl:value-of select="title"/></h1>
          <p><xsl:value-of select="description"/></p>
          <p><a href="{link}">Go to the website</a></p>
          <h2>Newest items</h2>
          <ul>
            <xsl:for-each select="item">
              <li><a href="{link}"><xsl:value-of select="title"/></a> (<xsl:value-of select="pubDate"/>)</li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
