package org.ketaminereference.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.ketaminereference.routes.Routes;
import org.ketaminereference.text.ReaderText;

/**
 * {@code /changes.atom}: the article's changes as an Atom feed, one entry per change of a section,
 * so that readers who follow the article are told when a section is revised. Written by ROME
 * rather than by hand so that the XML is always well formed and escaped. Every date comes from
 * the content, so two builds of the same content give the same bytes.
 */
final class ChangesFeed {

	static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

	private ChangesFeed() {
	}

	static Page of(SiteInfo site, List<ArticleChange> newestFirst, LocalDate lastReviewed) {
		String base = site.baseUrl();
		Feed feed = new Feed("atom_1.0");
		feed.setId(base + Routes.CHANGES_FEED);
		feed.setTitle(ReaderText.PAGE_TITLE.text(ReaderText.CHANGES_TITLE.text(), site.title()));
		feed.setUpdated(date(newestFirst.isEmpty() ? lastReviewed : newestFirst.get(0).date()));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", base + Routes.CHANGES)));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", base + Routes.CHANGES_FEED)));
		feed.setAuthors(List.of(author(site)));
		feed.setRights(site.licence().name() + " " + site.licence().url());
		feed.setEntries(newestFirst.stream().map((change) -> entry(base, change)).toList());
		try {
			return Page.of(CONTENT_TYPE, new WireFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8));
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the Atom feed of changes", ex);
		}
	}

	private static Entry entry(String base, ArticleChange change) {
		Entry entry = new Entry();
		entry.setId(base + Routes.CHANGES + "#" + change.anchor());
		entry.setTitle(change.section().title());
		entry.setUpdated(date(change.date()));
		entry.setPublished(date(change.date()));
		entry.setAlternateLinks(List.of(link("alternate", "text/html", base + change.section().path())));
		Content summary = new Content();
		summary.setType(Content.TEXT);
		summary.setValue(change.summary());
		entry.setSummary(summary);
		return entry;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static Person author(SiteInfo site) {
		Person person = new Person();
		person.setName(site.title());
		person.setUri(site.baseUrl() + Routes.HOME);
		return person;
	}

	private static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

}
