package org.socialcarefuture.northstar.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socialcarefuture.northstar.config.SiteConfig;
import org.socialcarefuture.northstar.content.Page;
import org.socialcarefuture.northstar.site.RenderedPage;

/** The views of an event (see Views): in a list, on its page, in a calendar and in the events feed. */
final class EventViews {

    private final Views views;
    private final SiteConfig config;

    EventViews(Views views, SiteConfig config) {
        this.views = views;
        this.config = config;
    }

    /** An event in a list: when, where, whether it is over, and whether it is called off or moved. */
    Map<String, Object> summary(Page page) {
        org.socialcarefuture.northstar.content.EventDetails event = page.event();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("when", org.socialcarefuture.northstar.event.EventWords.when(event));
        view.put("startIso", event.start().toOffsetDateTime().toString());
        view.put("where", event.online() ? "Online" : event.location());
        view.put("online", event.online());
        view.put("past", event.past(views.now()));
        view.put("status", event.status());
        return view;
    }

    /** An event as the calendar files and links show it. */
    org.socialcarefuture.northstar.event.Calendars.Entry calendarEntry(RenderedPage rendered) {
        Page page = rendered.page();
        String host = java.net.URI.create(config.baseUrl()).getHost();
        return new org.socialcarefuture.northstar.event.Calendars.Entry(page.url().replaceAll("/$", "").replace('/', '-') + "@" + host,
                page.title(), page.summary(), views.permalink(page.url()), page.event());
    }

    /** An event's page: everything the summary says, and how to take part, its access, and how to add it to a calendar. */
    Map<String, Object> page(RenderedPage rendered) {
        Page page = rendered.page();
        org.socialcarefuture.northstar.content.EventDetails event = page.event();
        Map<String, Object> view = new LinkedHashMap<>(summary(page));
        view.put("endIso", event.end() == null ? "" : event.end().toOffsetDateTime().toString());
        view.put("location", event.location());
        String joining = event.joining();
        view.put("joining", joining);
        view.put("joiningIsLink", joining.startsWith("https://") || joining.startsWith("http://"));
        view.put("booking", event.booking());
        view.put("cost", event.cost());
        view.put("organiser", event.organiser());
        List<Map<String, Object>> access = new ArrayList<>();
        for (String word : event.access()) {
            access.add(Map.of("word", word, "label", org.socialcarefuture.northstar.content.EventDetails.ACCESS.get(word)));
        }
        view.put("access", access);
        view.put("accessNotes", event.accessNotes());
        org.socialcarefuture.northstar.event.Calendars.Entry entry = calendarEntry(rendered);
        org.socialcarefuture.northstar.event.Calendars.Links links = org.socialcarefuture.northstar.event.Calendars.links(entry);
        view.put("icsUrl", views.href(page.url() + page.slug() + ".ics"));
        view.put("googleUrl", links.google());
        view.put("outlookUrl", links.outlook());
        view.put("jsonLd", eventJsonLd(page));
        return view;
    }

    /** schema.org Event data, so search engines can show the event's date and place. */
    private String eventJsonLd(Page page) {
        org.socialcarefuture.northstar.content.EventDetails event = page.event();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Event");
        data.put("name", page.title());
        if (!page.summary().isEmpty()) {
            data.put("description", page.summary());
        }
        data.put("url", views.permalink(page.url()));
        data.put("startDate", event.start().toOffsetDateTime().toString());
        if (event.end() != null) {
            data.put("endDate", event.end().toOffsetDateTime().toString());
        }
        data.put("eventStatus", "https://schema.org/" + (event.cancelled() ? "EventCancelled" : event.postponed() ? "EventPostponed"
                : "EventScheduled"));
        data.put("eventAttendanceMode", "https://schema.org/" + (event.online() ? "OnlineEventAttendanceMode"
                : "OfflineEventAttendanceMode"));
        if (event.online()) {
            data.put("location", inOrder("@type", "VirtualLocation", "url", event.joining().startsWith("http") ? event.joining()
                    : views.permalink(page.url())));
        } else {
            data.put("location", inOrder("@type", "Place", "name", event.location(), "address", event.location()));
        }
        if (!event.organiser().isEmpty()) {
            data.put("organizer", inOrder("@type", "Organization", "name", event.organiser()));
        }
        try {
            // Escaped so the JSON can never close the <script> element it sits in.
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(data).replace("<", "\\u003c");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }


    /**
     * An event in the events feed: dated by its start (so a reader sorts it by when it happens), its title marked
     * when it is called off or moved, and when and where said first, as the event's page says them.
     */
    org.socialcarefuture.northstar.feed.FeedItem feedItem(RenderedPage rendered) {
        org.socialcarefuture.northstar.feed.FeedItem item = views.feedItem(rendered);
        org.socialcarefuture.northstar.content.EventDetails event = rendered.page().event();
        String status = event.cancelled() ? "Cancelled: " : event.postponed() ? "Postponed: " : "";
        String where = event.online() ? "Online" : event.location();
        String details = "<p><strong>" + (status.isEmpty() ? "" : status.substring(0, status.length() - 2) + ". ")
                + "When:</strong> " + org.jsoup.nodes.Entities.escape(org.socialcarefuture.northstar.event.EventWords.when(event))
                + "<br><strong>Where:</strong> " + org.jsoup.nodes.Entities.escape(where) + "</p>";
        return new org.socialcarefuture.northstar.feed.FeedItem(item.id(), item.url(), status + item.title(),
                org.socialcarefuture.northstar.event.EventWords.when(event) + (item.summary().isEmpty() ? "" : ". " + item.summary()),
                details + item.contentHtml(),
                event.start(), item.authors(), item.tags(), item.easyReadUrl(), item.imageUrl());
    }

    /** Keys in the order given: Map.of's order changes from run to run, and a bake must give the same files each time. */
    private static Map<String, String> inOrder(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
