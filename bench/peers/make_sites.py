#!/usr/bin/env python3
"""The benchmark's posts for Hugo and Eleventy: the same Markdown bodies and the same title, date, summary and
tags as North Star's (from bench/Generate.java's content/blog/), easy-read variants left out (neither tool has
them). Usage: make_sites.py SITE   (SITE/north-star/content -> SITE/hugo, SITE/eleventy)"""
import os, re, shutil, sys

site = sys.argv[1]
source = os.path.join(site, "north-star", "content", "blog")
here = os.path.dirname(os.path.abspath(__file__))
hugo = os.path.join(site, "hugo")
eleventy = os.path.join(site, "eleventy")
for folder in (hugo, eleventy):
    shutil.rmtree(folder, ignore_errors=True)
shutil.copytree(os.path.join(here, "hugo"), hugo)
shutil.copytree(os.path.join(here, "eleventy"), eleventy, ignore=shutil.ignore_patterns("node_modules"))
os.makedirs(os.path.join(hugo, "content", "posts"))
os.makedirs(os.path.join(eleventy, "posts"))

def value(front, key):
    m = re.search(r"^" + key + r": (.*)$", front, re.M)
    return m.group(1).strip() if m else ""

for name in sorted(os.listdir(source)):
    if not name.endswith(".md") or name.endswith(".easy.md"):
        continue
    text = open(os.path.join(source, name), encoding="utf-8").read()
    _, front, body = text.split("---\n", 2)
    tags = value(front, "tags") or "[]"
    # Pictures sit beside the posts in the generated site; the peers get the same picture at their root.
    body = body.replace("](../images/", "](/images/")
    head = "title: %s\ndate: %s\nsummary: %s\n" % (value(front, "title"), value(front, "date"), value(front, "summary") or '""')
    slug = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", name[:-3])
    with open(os.path.join(hugo, "content", "posts", name), "w", encoding="utf-8") as out:
        out.write("---\n" + head + "tags: " + tags + "\nslug: " + slug + "\n---\n" + body)
    # Eleventy's tags also make its collections: every post is in "post" too.
    eleventy_tags = "[post, " + tags.strip("[]") + "]" if tags.strip("[]") else "[post]"
    with open(os.path.join(eleventy, "posts", name), "w", encoding="utf-8") as out:
        out.write("---\n" + head + "tags: " + eleventy_tags + "\nlayout: post.njk\npermalink: /posts/" + slug + "/\n---\n" + body)
for folder in (os.path.join(hugo, "static", "images"), os.path.join(eleventy, "images")):
    shutil.copytree(os.path.join(site, "north-star", "content", "images"), folder)
