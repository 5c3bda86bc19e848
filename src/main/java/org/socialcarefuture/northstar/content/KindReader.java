package org.socialcarefuture.northstar.content;

import java.util.List;
import java.util.Set;

/**
 * What one kind of page reads beyond every page's own keys (an event's time and place, a letter's
 * signatories). Each kind that has keys of its own has one reader, registered once in
 * {@link ContentLoader#KIND_READERS}; the page reader asks each in turn, so it holds no list of kinds.
 */
interface KindReader {

    /** The kind of page this reader is for. */
    PageType type();

    /** The front matter keys only this kind reads (added to {@link ContentLoader#KNOWN_KEYS}). */
    Set<String> keys();

    /** Words for {@code status:} that only this kind takes, beside published and draft (an event's cancelled). */
    default Set<String> statuses() {
        return Set.of();
    }

    /** Said after "write status: published or status: draft" on a page of this kind, naming its own words; "" for none. */
    default String statusFix() {
        return "";
    }

    /**
     * Reads a page of this kind. {@code main}: the page an easy-read version belongs to, or null;
     * {@code status}: the word of {@link #statuses()} the page gave, or "".
     */
    Fields read(FrontMatterReader in, Page main, String status, Fields fields);

    /** Reads a page of another kind, which may still carry this kind's keys (a warning says they are not shown). */
    Fields readOnOtherKind(FrontMatterReader in, Page main, Fields fields);

    /**
     * What the kinds' readers found, for the {@link Page}: each stays empty on a page the kind does not
     * fill. A reader returns a copy with its own part set.
     */
    record Fields(EventDetails event, List<String> to, List<Signatory> signatories) {
        static final Fields NONE = new Fields(null, List.of(), List.of());

        public Fields {
            to = List.copyOf(to);
            signatories = List.copyOf(signatories);
        }

        Fields withEvent(EventDetails event) {
            return new Fields(event, to, signatories);
        }

        Fields withLetter(List<String> to, List<Signatory> signatories) {
            return new Fields(event, to, signatories);
        }
    }
}
