package org.socialcarefuture.northstar.memo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.socialcarefuture.northstar.a11y.Gate;
import org.socialcarefuture.northstar.a11y.LinkChecker;
import org.socialcarefuture.northstar.a11y.Report;
import org.socialcarefuture.northstar.content.ContentLoader;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.markdown.LinkTable;
import org.socialcarefuture.northstar.markdown.LinkUses;
import org.socialcarefuture.northstar.problem.Problem;
import org.socialcarefuture.northstar.render.OutputPage;
import org.socialcarefuture.northstar.site.RenderedPage;
import org.socialcarefuture.northstar.site.Site;

/**
 * What the preview's last good build worked out, so the next one redoes only what an edit changed.
 * A page whose Markdown file reads the same (and whose links still point where they did) is not
 * rendered or checked again; a site file whose template data is the same is not rendered, checked or
 * written again. Only a build that was published updates the memo, so it always describes the files
 * on disk. The full bake never uses one: it starts from nothing, every time.
 */
public final class BuildMemo {

    /** A rendered page with everything the writing checks said about it. */
    public record RenderedMarkdown(Page source, RenderedPage rendered, Report.ReadabilityRow readability, List<Problem> problems,
                                   LinkUses uses) {
        public RenderedMarkdown {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A site file as it was last written: its template, what it was made from (its inputs, or a digest of
     * its data), and what the gate found in it.
     */
    public record CheckedFile(String template, Object madeFrom, Gate.Checked checked) {
    }

    /**
     * The last good build's plan: its pages, its site model and every file it decided on. When the next
     * build's pages differ only in their bodies, the lists, neighbours and addresses are the same, so only
     * the files that show a body are planned again (see SitePages#replan).
     */
    public record Plan(List<RenderedPage> pages, Site site, List<OutputPage> outputs, java.time.Instant now, java.time.Instant nextDate) {
    }

    private Map<String, ContentLoader.KnownFile> knownFiles = Map.of();
    private Plan plan;
    private Object markdownInputs;
    private LinkTable linkTable;
    /** The last build's PDFs, so an unchanged page's PDF costs a lookup (see PrintPages.Memo). */
    private final org.socialcarefuture.northstar.print.PrintPages.Memo printed = new org.socialcarefuture.northstar.print.PrintPages.Memo();
    private Object renderInputs;
    private Map<String, RenderedMarkdown> pages = Map.of();
    private Map<String, CheckedFile> files = Map.of();
    private Set<String> published;
    private LinkCheck links;

    /** Whether a file watcher reports every change to content/ (see {@link #contentChanged}). */
    private final boolean watched;
    /** The content folder as the last good build listed it. */
    private ContentLoader.Listing listing;
    /** Content paths the watcher saw change since the last good build's listing. */
    private final Set<String> changed = new HashSet<>();
    /** Bumped when the watcher could not say what changed (a folder came or went, or it lost events). */
    private long unknownChanges = 1;
    private long listingKnows;
    /** Bumped when the preview was asked for a file it published and found it gone (see {@link #outputMissing}). */
    private long missingOutputs;
    /** The count the last published build started from: while it is current, the preview trusts its files. */
    private long missingOutputsSeen;

    /** A memo for builds that look at every file of content/ each time (a preview without a watcher, tests). */
    public BuildMemo() {
        this(false);
    }

    private BuildMemo(boolean watched) {
        this.watched = watched;
    }

    /**
     * A memo for a preview whose file watcher reports every change to content/ with {@link #contentChanged}:
     * its builds look again only at the files reported, instead of at all of them.
     */
    public org.socialcarefuture.northstar.print.PrintPages.Memo printed() {
        return printed;
    }

    public static BuildMemo watched() {
        return new BuildMemo(true);
    }

    /** What the watcher saw change in content/ (paths relative to it), or null when it cannot say. */
    public synchronized void contentChanged(Set<String> contentPaths) {
        if (contentPaths == null) {
            unknownChanges++;
        } else {
            changed.addAll(contentPaths);
        }
    }

    /**
     * A file the last good build published is gone from the output folder (someone deleted it while the
     * preview ran): the next build looks at every file on disk instead of trusting what it wrote.
     */
    public synchronized void outputMissing() {
        missingOutputs++;
    }

    /**
     * For the next build's loader: the last listing and what changed since; its changes are null when the
     * folder must be walked (no watcher, no good build yet, or the watcher could not say what changed).
     */
    public synchronized Walk walk() {
        boolean known = watched && listing != null && listingKnows == unknownChanges;
        Set<String> seen = Set.copyOf(changed);
        return new Walk(known ? new ContentLoader.Changes(listing, seen) : null, seen, unknownChanges);
    }

    /**
     * What a build started from: the changes it was given (null: it walked the folder), the changes
     * reported until then (its listing has seen them), and the watcher's count of unknowns then.
     */
    public record Walk(ContentLoader.Changes changes, Set<String> seen, long unknownChanges) {
    }

    /**
     * The last link check: the site's files and ids it checked against, and each page's links with what
     * was found in them. While files and ids stay the same, a page whose links are the same has the same findings.
     */
    private record LinkCheck(String root, Set<String> files, Map<String, Set<String>> ids,
                             Map<String, PageLinks> pages, List<Problem> problems) {
    }

    private record PageLinks(List<Gate.PageLink> links, List<Problem> problems) {
    }

    /** Every file the last good build published, or null before the first: its successor removes what is no longer made. */
    public synchronized Set<String> publishedFiles() {
        return published;
    }

    /** What the last good build's links were resolved against, or null before the first. */
    public synchronized LinkTable linkTable() {
        return linkTable;
    }

    /** The content files as the last good build made them into pages: read again only if they changed. */
    public synchronized Map<String, ContentLoader.KnownFile> knownFiles() {
        return knownFiles;
    }

    /**
     * Starts a build. {@code linkTable} is what a page's links are resolved against: a page is rendered again
     * only if it would resolve one of its own links differently (see LinkUses). {@code markdownInputs} is
     * everything else a page's rendering depends on besides its own file (the site settings, the writing
     * settings); {@code renderInputs} everything a file's rendering depends on besides its data (the loaded
     * theme). When either changed, its part of the memo is forgotten.
     */
    public synchronized Session start(Map<String, ContentLoader.KnownFile> known, LinkTable linkTable,
                                      Object markdownInputs, Object renderInputs) {
        boolean samePages = Objects.equals(this.markdownInputs, markdownInputs);
        boolean sameFiles = samePages && renderInputs == this.renderInputs;
        return new Session(known, linkTable, linkTable.equals(this.linkTable), markdownInputs, renderInputs,
                samePages ? pages : Map.of(), sameFiles ? files : Map.of(), links, sameFiles ? plan : null,
                watched && missingOutputs == missingOutputsSeen, missingOutputs);
    }

    private synchronized void commit(Session session) {
        knownFiles = session.known;
        markdownInputs = session.markdownInputs;
        linkTable = session.linkTable;
        renderInputs = session.renderInputs;
        // The session's own maps, not copies: it is finished with them, and a large site's would take a while to copy.
        pages = Collections.unmodifiableMap(session.newPages);
        files = Collections.unmodifiableMap(session.newFiles);
        published = session.published;
        links = session.newLinks;
        plan = session.newPlan;
        missingOutputsSeen = session.missingOutputsAtStart; // a file found missing during the build waits for the next one
        if (session.walk != null) {
            // The new listing has seen the changes it was given; later ones wait for the next build.
            listing = session.listing;
            changed.removeAll(session.walk.seen()); // changes reported while the build ran wait for the next one
            listingKnows = session.walk.unknownChanges();
        }
    }

    /** One build's view of the memo: what it may reuse, and what it made, to keep if it is published. */
    public final class Session implements Reuse {
        private final Map<String, ContentLoader.KnownFile> known;
        private final Object markdownInputs;
        private final Object renderInputs;
        private final Map<String, RenderedMarkdown> oldPages;
        private final Map<String, CheckedFile> oldFiles;
        private final Map<String, RenderedMarkdown> newPages;
        private final Map<String, CheckedFile> newFiles;
        private Set<String> published;
        private final LinkCheck oldLinks;
        private LinkCheck newLinks;
        private Walk walk;
        private ContentLoader.Listing listing;
        private final Plan oldPlan;
        private final LinkTable linkTable;
        /** Whether the link table is the last one: then no page needs its links checked against it. */
        private final boolean sameLinkTable;
        private Plan newPlan;
        private final java.util.concurrent.atomic.AtomicInteger reusedPages = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger reusedFiles = new java.util.concurrent.atomic.AtomicInteger();

        private Session(Map<String, ContentLoader.KnownFile> known, LinkTable linkTable, boolean sameLinkTable, Object markdownInputs,
                        Object renderInputs, Map<String, RenderedMarkdown> pages, Map<String, CheckedFile> files, LinkCheck links,
                        Plan plan, boolean trustsOutput, long missingOutputsAtStart) {
            this.known = known;
            this.trustsOutput = trustsOutput;
            this.missingOutputsAtStart = missingOutputsAtStart;
            this.linkTable = linkTable;
            this.sameLinkTable = sameLinkTable;
            this.oldPlan = plan;
            this.oldLinks = links;
            this.markdownInputs = markdownInputs;
            this.renderInputs = renderInputs;
            this.oldPages = pages;
            this.oldFiles = files;
            // Sized like the last build's: a site grows by a page or two between builds, not by thousands.
            this.newPages = new ConcurrentHashMap<>(BuildMemo.this.pages.size() * 4 / 3 + 16);
            this.newFiles = new ConcurrentHashMap<>(BuildMemo.this.files.size() * 4 / 3 + 16);
        }

        /**
         * The page as rendered last time, when its file (front matter and body) is exactly as it was and its
         * links resolve as they did; else null.
         */
        @Override
        public RenderedMarkdown page(Page page) {
            RenderedMarkdown known = oldPages.get(page.contentPath());
            if (known == null || !known.source().equals(page)
                    || !(sameLinkTable || (known.uses() != null && known.uses().sameIn(linkTable)))) {
                return null;
            }
            newPages.put(page.contentPath(), known);
            count(true);
            return known;
        }

        @Override
        public void rendered(RenderedMarkdown page) {
            newPages.put(page.source().contentPath(), page);
        }

        /**
         * A file that says what it is made from is compared by that (the same objects, when nothing changed, so
         * comparing costs a lookup); any other templated file by its data's hash.
         */
        @Override
        public Object key(OutputPage output, Map<String, Object> model) {
            if (output.inputs() == null && model == null) {
                return null;
            }
            return java.util.Arrays.asList(output.inputs() != null ? output.inputs() : model.hashCode(),
                    output.source(), output.ignored(), output.exemptRules());
        }

        /** The file as checked last time, when its template and what it is made from are the same (it is then unchanged on disk); else null. */
        @Override
        public Known file(OutputPage output, Object key) {
            CheckedFile known = oldFiles.get(output.path());
            boolean same = known != null && Objects.equals(known.template(), output.template()) && known.madeFrom().equals(key);
            return same ? new Known(kept(output.path()).checked(), null, null) : null;
        }

        @Override
        public void written(OutputPage output, Object key, String text, Gate.Checked checked) {
            newFiles.put(output.path(), new CheckedFile(output.template(), key, checked));
        }

        /**
         * The file as checked last time, when the plan says it is unchanged (it was kept from the last plan);
         * null when the memo has no record of it.
         */
        @Override
        public CheckedFile kept(String path) {
            CheckedFile known = oldFiles.get(path);
            if (known != null) {
                newFiles.put(path, known);
                count(false);
            }
            return known;
        }

        /**
         * Whether a file watcher reports every change to content/ and no written file was found missing since
         * the last good build: then the preview trusts that the files it wrote are still there, and does not
         * look at each unchanged one on disk again (16,000 looks take about 50 ms). Otherwise it looks.
         */
        @Override
        public boolean trustsOutput() {
            return trustsOutput;
        }

        private final boolean trustsOutput;
        /** The memo's count of missing outputs when this build started; it is trusted again once published. */
        private final long missingOutputsAtStart;

        /** The last good build's plan, or null when the theme or what pages are rendered with changed since. */
        @Override
        public Plan lastPlan() {
            return oldPlan;
        }

        /** This build's plan, kept if it is published. */
        @Override
        public void planned(Plan plan) {
            this.newPlan = plan;
        }

        /** The listing this build's loader made, starting from {@code walk}. */
        public void listed(Walk walk, ContentLoader.Listing listing) {
            this.walk = walk;
            this.listing = listing;
        }

        /**
         * The link check (see {@link LinkChecker#check}), redoing only pages whose links changed, as long
         * as the site has the same files and every page the same ids; otherwise every page again. The build
         * hands over {@code ids} and {@code links} once it has made them (the memo keeps them as they are).
         * {@code written}: when only these files can have changed since the last build (the rest were kept
         * as they were), or null.
         */
        @Override
        public List<Problem> checkLinks(String root, Set<String> files, Map<String, Set<String>> ids,
                                        Map<String, List<Gate.PageLink>> links, Set<String> written) {
            boolean sameFiles = oldLinks != null && oldLinks.root().equals(root) && oldLinks.files().equals(files);
            LinkChecker checker = new LinkChecker(root, files, ids);
            if (sameFiles && written != null && sameIds(written, ids)) {
                // Only the files written again can have other links: the rest keep what was found in them.
                Map<String, PageLinks> checked = new HashMap<>(oldLinks.pages());
                boolean sameFindings = true;
                for (String page : written) {
                    List<Gate.PageLink> pageLinks = links.get(page);
                    PageLinks last = checked.get(page);
                    if (pageLinks == null || last == null) {
                        sameFindings &= pageLinks == null && last == null;
                        continue;
                    }
                    if (!last.links().equals(pageLinks)) {
                        PageLinks now = new PageLinks(pageLinks, checker.page(page, pageLinks));
                        checked.put(page, now);
                        sameFindings &= now.problems().equals(last.problems());
                    }
                }
                if (sameFindings && checked.size() == links.size()) {
                    newLinks = new LinkCheck(root, files, ids, checked, oldLinks.problems());
                    return oldLinks.problems();
                }
            }
            boolean sameSite = sameFiles && oldLinks.ids().equals(ids);
            Map<String, PageLinks> checked = new HashMap<>();
            List<Problem> problems = new ArrayList<>();
            links.forEach((page, pageLinks) -> {
                PageLinks last = sameSite ? oldLinks.pages().get(page) : null;
                PageLinks now = last != null && last.links().equals(pageLinks) ? last : new PageLinks(pageLinks, checker.page(page, pageLinks));
                checked.put(page, now);
                problems.addAll(now.problems());
            });
            newLinks = new LinkCheck(root, files, ids, checked, List.copyOf(problems));
            return problems;
        }

        /** Whether every page has the ids it had, when only the {@code written} files can have changed. */
        private boolean sameIds(Set<String> written, Map<String, Set<String>> ids) {
            if (ids.size() != oldLinks.ids().size()) {
                return false;
            }
            for (String page : written) {
                if (!Objects.equals(oldLinks.ids().get(page), ids.get(page))) {
                    return false;
                }
            }
            return true;
        }

        private void count(boolean page) {
            (page ? reusedPages : reusedFiles).incrementAndGet();
        }

        /** How many pages and files were reused, for the preview's log. */
        @Override
        public String reuse() {
            return reusedPages.get() + " pages and " + reusedFiles.get() + " files unchanged";
        }

        /** Called once the build is published: the files on disk are now {@code site}, as this session describes them. */
        @Override
        public void published(Set<String> site) {
            this.published = Collections.unmodifiableSet(site);
            commit(this);
        }
    }
}
