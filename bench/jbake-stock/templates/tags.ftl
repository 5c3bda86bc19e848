<#import "layout.ftl" as l><@l.page title=tag><h1>${tag}</h1><ul><#list tag_posts as post><li><a href="/${post.uri}">${post.title}</a></li></#list></ul></@l.page>
