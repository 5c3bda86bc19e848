<#import "layout.ftl" as l><@l.page title="Tags"><h1>Tags</h1><ul><#list tags as tag><li><a href="/${tag.uri}">${tag.name}</a> (${tag.tagged_posts?size})</li></#list></ul></@l.page>
