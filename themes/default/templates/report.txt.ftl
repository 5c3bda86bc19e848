<#ftl output_format="plainText">
${page.title}
${""?left_pad(page.title?length, "=")}

<#if page.summary?has_content>${page.summary}

</#if>
Published by ${site.title}. Online: ${page.permalink}

${text}
