package org.socialcarefuture.northstar.site;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.content.PageType;
import org.socialcarefuture.northstar.content.Slugs;

/**
 * Step 3 of the build: the site as data, built once and read by every template. All lookups are
 * maps and every list is built in one pass over the pages, so nothing grows quadratically.
 */
public final class Site {

    /** Newest first; undated pages after dated ones, by title; the content path breaks ties for determinism. */
    public static final Comparator<RenderedPage> NEWEST_FIRST = Comparator
            .comparing((RenderedPage p) -> p.page().date(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(p -> p.page().title())
            .thenComparing(p -> p.page().contentPath());

    private final List<RenderedPage> pages;
    private final Map<PageType, List<RenderedPage>> byType;
    private final Map<String, Term> tags;
    private final Map<String, Term> authors;
    private final Map<YearMonth, List<RenderedPage>> months;
    private final Map<String, RenderedPage> previous;
    private final Map<String, RenderedPage> next;
    private final Map<String, RenderedPage> easyReadOf;
    private final Map<String, RenderedPage> mainOf;
    private final Map<String, RenderedPage> byContentPath;
    private final Map<String, RenderedPage> byUrl;
    /** Each tag and author name's slug, worked out once (a site has few names, on many pages each). */
    private final Map<String, String> slugs;
    /**
     * Pages whose bodies changed since this site's lists were made, by content path (see {@link #withBodies});
     * empty for a site made from its pages.
     */
    private final Map<String, RenderedPage> newer;

    public Site(List<RenderedPage> rendered) {
        this.newer = Map.of();
        this.byType = new EnumMap<>(PageType.class);
        this.previous = new HashMap<>();
        this.next = new HashMap<>();
        this.easyReadOf = new HashMap<>();
        this.mainOf = new HashMap<>();
        this.byContentPath = new HashMap<>();
        this.byUrl = new HashMap<>();
        this.pages = newestFirst(rendered);
        for (RenderedPage page : pages) {
            byContentPath.put(page.page().contentPath(), page);
            byUrl.putIfAbsent(page.url(), page);
        }
        Map<String, List<RenderedPage>> tagPages = new TreeMap<>();
        Map<String, String> tagNames = new HashMap<>();
        Map<String, List<RenderedPage>> authorPages = new TreeMap<>();
        Map<String, String> authorNames = new HashMap<>();
        Map<YearMonth, List<RenderedPage>> monthPages = new TreeMap<>(Comparator.reverseOrder());
        this.slugs = new HashMap<>();
        for (PageType type : PageType.values()) {
            byType.put(type, new ArrayList<>());
        }
        for (RenderedPage page : pages) {
            Page p = page.page();
            if (p.easyRead()) {
                RenderedPage main = byContentPath.get(p.easyReadOf());
                if (main != null) {
                    easyReadOf.put(main.page().contentPath(), page);
                    mainOf.put(p.contentPath(), main);
                }
                continue; // easy-read variants are reached from their main page, not listed twice
            }
            byType.get(p.type()).add(page);
            for (String tag : p.tags()) {
                String slug = slugs.computeIfAbsent(tag, Slugs::of);
                tagNames.putIfAbsent(slug, tag);
                tagPages.computeIfAbsent(slug, k -> new ArrayList<>()).add(page);
            }
            for (String author : p.authors()) {
                String slug = slugs.computeIfAbsent(author, Slugs::of);
                authorNames.putIfAbsent(slug, author);
                authorPages.computeIfAbsent(slug, k -> new ArrayList<>()).add(page);
            }
            if (p.type().dated()) {
                monthPages.computeIfAbsent(YearMonth.from(p.date()), k -> new ArrayList<>()).add(page);
            }
        }
        for (List<RenderedPage> ofType : byType.values()) {
            if (ofType.isEmpty() || !ofType.get(0).page().type().dated()) {
                continue;
            }
            for (int i = 0; i < ofType.size(); i++) {
                String key = ofType.get(i).page().contentPath();
                if (i + 1 < ofType.size()) {
                    previous.put(key, ofType.get(i + 1));
                }
                if (i > 0) {
                    next.put(key, ofType.get(i - 1));
                }
            }
        }
        this.tags = terms(tagPages, tagNames);
        this.authors = terms(authorPages, authorNames);
        Map<YearMonth, List<RenderedPage>> frozen = new LinkedHashMap<>();
        monthPages.forEach((month, list) -> frozen.put(month, List.copyOf(list)));
        this.months = Collections.unmodifiableMap(frozen);
    }

    private Site(Site lists, Map<String, RenderedPage> newer, List<RenderedPage> changed) {
        // Every page as it is now, once: the feeds, the search index and the pledges each go through them all.
        List<RenderedPage> current = new ArrayList<>(lists.pages);
        for (RenderedPage page : changed) {
            String contentPath = page.page().contentPath();
            for (int i = 0; i < current.size(); i++) {
                if (current.get(i).page().contentPath().equals(contentPath)) {
                    current.set(i, page);
                    break;
                }
            }
        }
        this.pages = Collections.unmodifiableList(current);
        this.byType = lists.byType; // never changed once made, so shared
        this.tags = lists.tags;
        this.authors = lists.authors;
        this.months = lists.months;
        this.previous = lists.previous;
        this.next = lists.next;
        this.easyReadOf = lists.easyReadOf;
        this.mainOf = lists.mainOf;
        this.byContentPath = lists.byContentPath;
        this.byUrl = lists.byUrl;
        this.slugs = lists.slugs;
        this.newer = newer;
    }

    /**
     * This site with new bodies for some of its pages, whose front matter is unchanged (the preview, after
     * an edit to a page's text): every list and neighbour stays as it is, so the lists are shared, not made
     * again, and each page is looked up in {@code changed} as it is handed out.
     */
    public Site withBodies(List<RenderedPage> changed) {
        Map<String, RenderedPage> all = new HashMap<>(newer);
        for (RenderedPage page : changed) {
            RenderedPage known = byContentPath.get(page.page().contentPath());
            if (known == null || !known.page().equals(page.page())) {
                throw new IllegalArgumentException("not a body change: " + page.page().contentPath());
            }
            all.put(page.page().contentPath(), page);
        }
        return new Site(this, Map.copyOf(all), changed);
    }

    /** The page as it is now (see {@link #withBodies}). */
    private RenderedPage now(RenderedPage page) {
        if (newer.isEmpty() || page == null) {
            return page;
        }
        return newer.getOrDefault(page.page().contentPath(), page);
    }

    /** The list with each page as it is now: a view, since a large site's lists are long and few of their pages changed. */
    private List<RenderedPage> now(List<RenderedPage> pages) {
        if (newer.isEmpty()) {
            return pages;
        }
        return new NowList(pages);
    }

    private final class NowList extends java.util.AbstractList<RenderedPage> implements java.util.RandomAccess {
        private final List<RenderedPage> lists;

        NowList(List<RenderedPage> lists) {
            this.lists = lists;
        }

        @Override
        public RenderedPage get(int index) {
            return now(lists.get(index));
        }

        @Override
        public int size() {
            return lists.size();
        }
    }

    private Map<String, Term> now(Map<String, Term> terms) {
        if (newer.isEmpty()) {
            return terms;
        }
        Map<String, Term> current = new LinkedHashMap<>();
        terms.forEach((slug, term) -> current.put(slug, now(term)));
        return Collections.unmodifiableMap(current);
    }

    /**
     * The pages in {@link #NEWEST_FIRST} order. A date's instant is worked out once per page, not once per
     * comparison (ZonedDateTime works it out from the calendar each time); ties fall back to the full order.
     */
    private static List<RenderedPage> newestFirst(List<RenderedPage> rendered) {
        record Keyed(long second, int nano, RenderedPage page) {
        }
        List<Keyed> keyed = new ArrayList<>(rendered.size());
        for (RenderedPage page : rendered) {
            var date = page.page().date();
            keyed.add(date == null ? new Keyed(Long.MIN_VALUE, 0, page) : new Keyed(date.toEpochSecond(), date.getNano(), page));
        }
        keyed.sort((a, b) -> a.second() != b.second() ? Long.compare(b.second(), a.second())
                : a.nano() != b.nano() ? Integer.compare(b.nano(), a.nano())
                : NEWEST_FIRST.compare(a.page(), b.page()));
        return keyed.stream().map(Keyed::page).toList();
    }

    private static Map<String, Term> terms(Map<String, List<RenderedPage>> pages, Map<String, String> names) {
        Map<String, Term> terms = new LinkedHashMap<>();
        pages.forEach((slug, list) -> terms.put(slug, new Term(names.get(slug), slug, list)));
        return Collections.unmodifiableMap(terms);
    }

    /** Every page to publish, easy-read variants included, newest first. */
    public List<RenderedPage> pages() {
        return pages;
    }

    /** The pages of one type, newest first, without easy-read variants. */
    public List<RenderedPage> ofType(PageType type) {
        return Collections.unmodifiableList(now(byType.get(type)));
    }

    /** The latest dated items of any listed type, for the home page. */
    public List<RenderedPage> latest(int count) {
        return pages.stream().filter(p -> !p.page().easyRead() && p.page().type().dated()).limit(count).toList();
    }

    public Map<String, Term> tags() {
        return now(tags);
    }

    /** One tag by its slug (its pages as they are now). */
    public Optional<Term> tag(String slug) {
        return Optional.ofNullable(tags.get(slug)).map(this::now);
    }

    /** The term with its pages as they are now (see {@link #withBodies}). */
    private Term now(Term term) {
        return newer.isEmpty() ? term : new Term(term.name(), term.slug(), now(term.pages()));
    }

    /** One author by their slug (their pages as they are now). */
    public Optional<Term> author(String slug) {
        return Optional.ofNullable(authors.get(slug)).map(this::now);
    }

    public Map<String, Term> authors() {
        return now(authors);
    }

    public Map<YearMonth, List<RenderedPage>> months() {
        if (newer.isEmpty()) {
            return months;
        }
        Map<YearMonth, List<RenderedPage>> current = new LinkedHashMap<>();
        months.forEach((month, list) -> current.put(month, now(list)));
        return Collections.unmodifiableMap(current);
    }

    /** The older item of the same type. */
    public Optional<RenderedPage> previous(RenderedPage page) {
        return Optional.ofNullable(now(previous.get(page.page().contentPath())));
    }

    /** The newer item of the same type. */
    public Optional<RenderedPage> next(RenderedPage page) {
        return Optional.ofNullable(now(next.get(page.page().contentPath())));
    }

    private String slugOf(String name) {
        String slug = slugs.get(name); // every page's tags were seen when the lists were made; the map is not written after
        return slug != null ? slug : Slugs.of(name);
    }

    /** How far either side of a page each of its tags' lists is searched for related pages. */
    static final int RELATED_WINDOW = 10;

    /**
     * Up to {@code limit} dated items that share the most tags with this one, the nearest in time first
     * among equals (then newest first). Its older and newer neighbours are left out (they are linked
     * anyway), and so is an item whose title another link on the page already has, since two links with
     * the same words going to different places confuse screen reader users. Only the
     * {@link #RELATED_WINDOW} items either side of it in each of its tags' lists are looked at, so the
     * cost stays the same however many posts a tag has.
     */
    public List<RenderedPage> related(RenderedPage rendered, int limit) {
        Page page = rendered.page();
        if (page.easyRead() || !page.type().dated() || page.tags().isEmpty()) {
            return List.of();
        }
        String self = page.contentPath();
        RenderedPage older = previous.get(self);
        RenderedPage newer = next.get(self);
        java.util.Set<String> ownTags = new java.util.HashSet<>();
        page.tags().forEach(tag -> ownTags.add(slugOf(tag)));
        Map<String, RenderedPage> candidates = new LinkedHashMap<>();
        for (String slug : ownTags) {
            Term term = tags.get(slug);
            int at = term == null ? -1 : Collections.binarySearch(term.pages(), rendered, NEWEST_FIRST);
            if (at < 0) {
                continue;
            }
            List<RenderedPage> list = term.pages();
            for (int i = Math.max(0, at - RELATED_WINDOW); i <= Math.min(list.size() - 1, at + RELATED_WINDOW); i++) {
                RenderedPage other = list.get(i);
                if (i != at && other.page().type().dated() && other != older && other != newer) {
                    candidates.putIfAbsent(other.page().contentPath(), other);
                }
            }
        }
        long when = page.date().toEpochSecond();
        record Scored(RenderedPage page, int shared, long distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (RenderedPage other : candidates.values()) {
            int shared = 0;
            for (String tag : other.page().tags()) {
                shared += ownTags.contains(slugOf(tag)) ? 1 : 0;
            }
            scored.add(new Scored(other, shared, Math.abs(other.page().date().toEpochSecond() - when)));
        }
        scored.sort(Comparator.comparingInt(Scored::shared).reversed().thenComparingLong(Scored::distance)
                .thenComparing(Scored::page, NEWEST_FIRST));
        java.util.Set<String> titles = new java.util.HashSet<>();
        titles.add(page.title().toLowerCase(java.util.Locale.ROOT));
        java.util.stream.Stream.of(older, newer).filter(java.util.Objects::nonNull)
                .forEach(n -> titles.add(n.page().title().toLowerCase(java.util.Locale.ROOT)));
        List<RenderedPage> related = new ArrayList<>();
        for (Scored candidate : scored) {
            if (related.size() == limit) {
                break;
            }
            if (titles.add(candidate.page().page().title().toLowerCase(java.util.Locale.ROOT))) {
                related.add(now(candidate.page()));
            }
        }
        return related;
    }

    public Optional<RenderedPage> easyReadOf(RenderedPage page) {
        return Optional.ofNullable(now(easyReadOf.get(page.page().contentPath())));
    }

    public Optional<RenderedPage> mainOf(RenderedPage easyRead) {
        return Optional.ofNullable(now(mainOf.get(easyRead.page().contentPath())));
    }

    public Optional<RenderedPage> firstOfType(PageType type) {
        List<RenderedPage> list = byType.get(type);
        return list.isEmpty() ? Optional.empty() : Optional.of(now(list.get(0)));
    }

    public Optional<RenderedPage> byUrl(String url) {
        return Optional.ofNullable(now(byUrl.get(url)));
    }
}
