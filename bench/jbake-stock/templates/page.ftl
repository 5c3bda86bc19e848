<#import "layout.ftl" as l><@l.page title=content.title><article><h1>${content.title}</h1>
<p><time datetime="${content.date?string("yyyy-MM-dd")}">${content.date?string("d MMMM yyyy")}</time> by ${content.author!""}</p>
${content.body}
<ul><#list content.tags![] as tag><li><a href="/tags/${tag}.html">${tag}</a></li></#list></ul></article></@l.page>
