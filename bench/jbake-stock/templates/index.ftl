<#import "layout.ftl" as l><@l.page title="Home"><h1>Latest</h1><ul><#list posts as post><li><a href="/${post.uri}">${post.title}</a> ${post.date?string("d MMMM yyyy")}</li></#list></ul>
<#if nextFileName??><a href="/${nextFileName}">Next page</a></#if></@l.page>
