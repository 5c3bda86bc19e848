<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page bodyClass="events">
<div class="wrap">
  <h1>Events</h1>
  <section aria-labelledby="upcoming">
    <h2 id="upcoming">Coming up</h2>
<#if upcoming?has_content>
    <@parts.eventCards upcoming 3/>
<#else>
    <p>Nothing is planned just now. Past events are below.</p>
</#if>
    <p class="calendar-subscribe">Add every event to your calendar, and see new ones as they are planned:
      <a href="${webcalUrl}">subscribe to our events calendar</a> (or <a href="${calendarUrl}">download the calendar file</a>).
      Or follow them in a feed reader: <a href="${feedUrl}">events feed (RSS)</a>.</p>
  </section>
<#if past?has_content>
  <section aria-labelledby="past">
    <h2 id="past">Past events</h2>
    <@parts.eventCards past 3/>
  </section>
</#if>
</div>
</@layout.page>
