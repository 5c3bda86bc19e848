// Eleventy's side of the benchmark: post pages, tag pages (paginated), a paginated home page and an RSS feed,
// as North Star's theme makes them.
export default function (config) {
  config.addPassthroughCopy("images");
  config.addFilter("isoDate", (date) => date.toISOString().slice(0, 10));
  config.addFilter("rssDate", (date) => date.toUTCString());
  config.addFilter("newestFirst", (posts) => [...posts].reverse());
  config.addFilter("take", (posts, n) => posts.slice(0, n));
  config.addCollection("tagPages", (collections) => {
    // one entry per page of each tag's list, ten posts a page
    const pages = [];
    const tags = new Set();
    collections.getAll().forEach((item) => (item.data.tags || []).forEach((tag) => tag !== "post" && tags.add(tag)));
    for (const tag of [...tags].sort()) {
      const posts = collections.getFilteredByTag(tag).reverse();
      for (let i = 0; i * 10 < posts.length; i++) {
        pages.push({ tag, number: i, posts: posts.slice(i * 10, i * 10 + 10), last: (i + 1) * 10 >= posts.length });
      }
    }
    return pages;
  });
  return { dir: { input: ".", includes: "_includes", output: "_site" }, markdownTemplateEngine: false };
}
