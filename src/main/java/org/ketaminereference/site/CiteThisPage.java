package org.ketaminereference.site;

import java.time.LocalDate;
import java.util.List;

import org.ketaminereference.cite.FormattedCitation;

/**
 * What a page's "Cite this page" part shows.
 *
 * @param accessed the access date the citations give: the day the site was built, since pages
 * are rendered once and not per request
 * @param citations the page's citation in each style
 * @param downloads the citation files for reference managers
 */
public record CiteThisPage(LocalDate accessed, List<FormattedCitation> citations, List<Download> downloads) {

	public CiteThisPage {
		citations = List.copyOf(citations);
		downloads = List.copyOf(downloads);
	}

	/** A citation file: where it is served, the name it is saved under and its format. */
	public record Download(String path, String fileName, String label, String contentType) {
	}

}
