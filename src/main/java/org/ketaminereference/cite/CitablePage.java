package org.ketaminereference.cite;

import java.time.LocalDate;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;

/**
 * A page of this site as a work someone cites. The site names no personal authors, so a
 * citation starts with the page's title, as the styles do for a web page without an author.
 *
 * @param id a key for the citation, such as the section's slug
 * @param url the page's absolute URL
 * @param title the page's title
 * @param siteTitle the site's title, the container the page is published in
 * @param lastReviewed when the page was last reviewed, cited as its date
 * @param accessed the date the reader saw the page; for pre-rendered pages the day they were built
 */
public record CitablePage(String id, String url, String title, String siteTitle, LocalDate lastReviewed,
		LocalDate accessed) {

	CSLItemData toCsl() {
		return new CSLItemDataBuilder().id(id)
			.type(CSLType.WEBPAGE)
			.title(title)
			// The one-page article shares the site's title; naming it twice helps no one.
			.containerTitle(title.equals(siteTitle) ? null : siteTitle)
			.URL(url)
			.issued(date(lastReviewed))
			.accessed(date(accessed))
			.build();
	}

	private static CSLDate date(LocalDate date) {
		return new CSLDateBuilder().dateParts(date.getYear(), date.getMonthValue(), date.getDayOfMonth()).build();
	}

}
