package org.socialcarefuture.northstar.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.socialcarefuture.northstar.content.PageType;

/**
 * The content format (CONTENT-FORMAT.md, docs/volunteers/writing.md) as data: every kind of file a writer makes, where it
 * goes, and every front-matter key it takes with its kind, whether it is needed and its hint. The browser
 * editor's configuration ({@code admin/config.yml}) and the front-matter reference page are both made from
 * this one list, so neither can drift from what the loader reads; a test holds the list to the loader's own
 * set of keys.
 */
public final class ContentFormat {

    /** The words {@code access:} takes (EventDetails.ACCESS); anything else is written as a sentence. */
    static final String ACCESS_WORDS = "bsl (British Sign Language interpreters), captions, step-free, quiet-space, hearing-loop, "
            + "easy-read, breaks";

    private static final Field TITLE = Field.of("title", "Title", FieldKind.TEXT, true,
            "The page title, as plain text. Quotes, colons and emoji are fine here.");
    private static final Field EASY_TITLE = TITLE.hint("The easy-read page's own title, in easy words.");
    private static final Field DATE = Field.of("date", "Date", FieldKind.DAY, true,
            "The day it is published: 2021-03-15. A date in the future waits until that day.");
    private static final Field AUTHOR = Field.of("author", "Author", FieldKind.TEXT, false,
            "The name of the person who wrote it. Each author gets an author page.");
    private static final Field AUTHORS = Field.of("authors", "Authors (if more than one)", FieldKind.WORDS, false,
            "Several names, one per entry. Use this or Author, not both.");
    private static final Field TAGS = Field.of("tags", "Topics (tags)", FieldKind.WORDS, false,
            "Words for the topics it is about; each gets a topic page.");
    private static final Field SUMMARY = Field.of("summary", "Summary", FieldKind.SENTENCES, false,
            "One or two sentences for lists, feeds and link previews.");
    private static final Field IMAGE = Field.of("image", "Lead picture", FieldKind.PICTURE, false,
            "A picture shown at the top and in link previews. JPEG or PNG, straight from the phone or camera.");
    private static final Field IMAGE_ALT = Field.of("image_alt", "What the lead picture shows", FieldKind.TEXT, false,
            "Needed with a lead picture: describe it for people who cannot see it. If it is only decoration, write decorative.");
    private static final Field STATUS = Field.of("status", "Status", FieldKind.CHOICE, false,
            "published (the default) or draft; drafts only show in the preview.").withChoices(List.of("published", "draft"));
    private static final Field EVENT_STATUS = STATUS.hint("If plans change, choose postponed or cancelled: the page, the lists and "
            + "the calendar files say so plainly. draft shows it only in the preview.")
            .withChoices(List.of("published", "draft", "postponed", "cancelled"));
    private static final Field ALIASES = Field.of("aliases", "Old addresses", FieldKind.WORDS, false,
            "Old addresses (e.g. from WordPress) that should redirect here, e.g. /2021/01/18/old-post/.");
    private static final Field SLUG = Field.of("slug", "Last part of the address", FieldKind.TEXT, false,
            "Leave empty to take it from the file name. Lower case words joined with hyphens, e.g. our-pledge.");
    private static final Field PDF = Field.of("pdf", "Make a PDF", FieldKind.YES_NO, false,
            "false: no PDF of this page; true: a PDF even if the site does not make them for this kind of page.");
    private static final Field TYPE = Field.of("type", "Kind of page", FieldKind.CHOICE, false,
            "Changes the kind of page; the address then follows the kind. Most pages leave this empty.")
            .withChoices(List.of("post", "newsletter", "letter", "report", "vision", "page"));
    private static final Field VIDEO = Field.of("video", "Video", FieldKind.TEXT, false,
            "A YouTube or Vimeo address, or a video file beside the page (MP4 or WebM). Needs a transcript.");
    private static final Field AUDIO = Field.of("audio", "Audio", FieldKind.FILE, false,
            "An audio file beside the page (MP3). Needs a transcript.");
    private static final Field TRANSCRIPT = Field.of("transcript", "Transcript", FieldKind.TEXT, false,
            "Every recording needs a transcript: a file named something.transcript.md beside the page, e.g. our-talk.transcript.md.");
    private static final Field CAPTIONS = Field.of("captions", "Captions", FieldKind.FILE, false,
            "For a video file of ours: its captions as a WebVTT file (.vtt).");
    private static final Field A11Y_IGNORE = Field.of("a11y_ignore", "Accessibility checks let off", FieldKind.RECORDS, false,
            "Only when a maintainer agrees: a check this page is let off, with the reason.")
            .withParts(Field.of("rule", "Check", FieldKind.TEXT, true, "the check's name, as the build gives it"),
                    Field.of("reason", "Reason", FieldKind.TEXT, true, "why this page is let off"));
    private static final Field LANGUAGE_IGNORE = Field.of("language_ignore", "Phrases let off the language check", FieldKind.RECORDS,
            false, "If a phrase is flagged where you mean to use it: the phrase and why, e.g. we quote the article.")
            .withParts(Field.of("phrase", "Phrase", FieldKind.TEXT, true, "the words the build flagged"),
                    Field.of("reason", "Reason", FieldKind.TEXT, true, "why they are right here"));
    private static final Field TO = Field.of("to", "To", FieldKind.WORDS, false, "Who the letter is to, one per entry.");
    private static final Field SIGNATORIES = Field.of("signatories", "Signatories", FieldKind.RECORDS, false,
            "The people who signed: a name, and if you like their role and organisation.")
            .withParts(Field.of("name", "Name", FieldKind.TEXT, true, "the person's name"),
                    Field.of("role", "Role", FieldKind.TEXT, false, "optional, e.g. Convenor"),
                    Field.of("organisation", "Organisation", FieldKind.TEXT, false, "optional"));
    private static final Field START = Field.of("start", "Starts", FieldKind.DAY_AND_TIME, true,
            "The day and the time on the 24-hour clock, in local time: 2021-06-10 11:00.");
    private static final Field END = Field.of("end", "Ends", FieldKind.DAY_AND_TIME, false,
            "The day and the time it ends, on the 24-hour clock. Not before the start.");
    private static final Field TIMEZONE = Field.of("timezone", "Time zone", FieldKind.TEXT, false,
            "Leave empty for UK time, or write another, e.g. Europe/Dublin.");
    private static final Field LOCATION = Field.of("location", "Where (place and address)", FieldKind.SENTENCES, false,
            "The place and its address. For an online event, leave this empty and tick Online.");
    private static final Field ONLINE = Field.of("online", "Online", FieldKind.YES_NO, false,
            "Tick for an online event; then say how people join.");
    private static final Field JOINING = Field.of("joining", "How to join", FieldKind.TEXT, false,
            "Needed online: the meeting's link, or words such as link sent on booking.");
    private static final Field BOOKING = Field.of("booking", "Booking page", FieldKind.TEXT, false,
            "The booking page's full address, starting https://.");
    private static final Field COST = Field.of("cost", "Cost", FieldKind.TEXT, false, "e.g. Free");
    private static final Field ORGANISER = Field.of("organiser", "Organiser", FieldKind.TEXT, false, "Who runs it.");
    private static final Field ACCESS = Field.of("access", "Access", FieldKind.WORDS, false,
            "What helps people take part, one per entry, with these words: " + ACCESS_WORDS
                    + ". Anything else, write as a sentence.");

    private static final List<Field> RECORDING = List.of(VIDEO, AUDIO, TRANSCRIPT, CAPTIONS);
    private static final List<Field> CHECKS = List.of(A11Y_IGNORE, LANGUAGE_IGNORE);

    private final List<PageKind> kinds;

    private ContentFormat(List<PageKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** The format every North Star site is written in. */
    public static ContentFormat standard() {
        List<PageKind> kinds = new ArrayList<>();
        kinds.add(dated("posts", "Blog posts", "Blog post", PageType.POST, "A post, published at /blog/YYYY/MM/slug/.",
                withRecording()));
        kinds.add(dated("newsletters", "Newsletters", "Newsletter", PageType.NEWSLETTER,
                "A newsletter, published at /newsletters/YYYY/MM/slug/ with an e-mail version.", withRecording()));
        kinds.add(dated("letters", "Letters", "Letter", PageType.LETTER,
                "An open letter, published at /letters/YYYY/MM/slug/ with a PDF.", letterFields()));
        kinds.add(new PageKind("events", "Events", "Event", PageType.EVENT, PageType.EVENT.folder(), true, false,
                "An event, published at /events/slug/ with a calendar file.", eventFields()));
        kinds.add(new PageKind("reports", "Reports", "Report", PageType.REPORT, PageType.REPORT.folder(), false, false,
                "A long document, published at /reports/slug/ with contents, a plain-text version and a PDF.", pageFields(false)));
        kinds.add(new PageKind("pages", "Pages", "Page", PageType.PAGE, "", false, false,
                "A page of its own, e.g. about.md is /about/.", pageFields(true)));
        kinds.add(easyRead("pages-easy-read", "Easy read: pages", PageType.PAGE, ""));
        kinds.add(easyRead("reports-easy-read", "Easy read: reports", PageType.REPORT, PageType.REPORT.folder()));
        return new ContentFormat(kinds);
    }

    public List<PageKind> kinds() {
        return kinds;
    }

    public Optional<PageKind> kind(String name) {
        return kinds.stream().filter(kind -> kind.name().equals(name)).findFirst();
    }

    /** Every key any kind takes, in the order first met. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (PageKind kind : kinds) {
            kind.fields().stream().map(Field::key).filter(key -> !keys.contains(key)).forEach(keys::add);
        }
        return keys;
    }

    /** The front-matter reference: every key of every kind, as Markdown for the docs site. */
    public String referenceMarkdown() {
        return ReferencePage.markdown(this);
    }

    private static PageKind dated(String name, String label, String singular, PageType type, String description, List<Field> fields) {
        return new PageKind(name, label, singular, type, type.folder(), true, false, description, fields);
    }

    /** An easy-read version, {@code X.easy.md} beside {@code X.md}: it needs only a title, the rest comes from X. */
    private static PageKind easyRead(String name, String label, PageType type, String folder) {
        Field of = Field.of("slug", "Easy read of", FieldKind.TEXT, true,
                "The file name of the page this is the easy read of, without .md, e.g. about.");
        return new PageKind(name, label, "Easy-read version", type, folder, false, true,
                "The easy-read version of a page: X.easy.md beside X.md, published at X's address + easy-read/. Each point is "
                        + "a paragraph that starts with a picture.",
                List.of(EASY_TITLE, of, SUMMARY, STATUS, PDF, A11Y_IGNORE, LANGUAGE_IGNORE));
    }

    private static List<Field> common(boolean dated) {
        List<Field> fields = new ArrayList<>(List.of(TITLE));
        if (dated) {
            fields.add(DATE);
        }
        fields.addAll(List.of(AUTHOR, AUTHORS, TAGS, SUMMARY, IMAGE, IMAGE_ALT, STATUS));
        return fields;
    }

    private static List<Field> tail(List<Field> fields) {
        fields.addAll(List.of(ALIASES, SLUG, PDF));
        fields.addAll(CHECKS);
        return fields;
    }

    private static List<Field> withRecording() {
        List<Field> fields = common(true);
        fields.addAll(RECORDING);
        return tail(fields);
    }

    private static List<Field> letterFields() {
        List<Field> fields = common(true);
        fields.addAll(List.of(TO, SIGNATORIES));
        return tail(fields);
    }

    private static List<Field> eventFields() {
        List<Field> fields = new ArrayList<>(List.of(TITLE, SUMMARY, START, END, TIMEZONE, LOCATION, ONLINE, JOINING, BOOKING,
                COST, ORGANISER, ACCESS, EVENT_STATUS, AUTHOR, AUTHORS, TAGS, IMAGE, IMAGE_ALT));
        return tail(fields);
    }

    private static List<Field> pageFields(boolean withType) {
        List<Field> fields = common(false);
        fields.addAll(RECORDING);
        if (withType) {
            fields.add(TYPE);
        }
        return tail(fields);
    }
}
