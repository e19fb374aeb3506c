package org.ketaminereference.site;

import java.time.LocalDate;
import java.util.List;

import org.ketaminereference.content.Reference;
import org.ketaminereference.discovery.StructuredData;
import org.ketaminereference.discovery.StructuredData.WebPage;
import org.ketaminereference.render.CitedReference;

/**
 * What link previews and search engines read about a page beyond its title and description.
 *
 * @param openGraphType {@code article} for the article's own pages, {@code website} for the rest
 * @param jsonLd the page's schema.org description, safe to put inside a script element
 */
public record SharingMetadata(String openGraphType, String jsonLd) {

	/** Any page: a plain schema.org WebPage. */
	static SharingMetadata website(SiteInfo site, PageInfo page) {
		return new SharingMetadata("website", structuredData(site).webPage(webPage(site, page, null)));
	}

	/**
	 * A page of the article itself, described as a MedicalWebPage.
	 * @param openGraphType {@code article}, or {@code website} for the landing page
	 * @param references the page's reference list, cited in the description
	 * @param parts the sections the page holds, if it holds several
	 */
	static SharingMetadata medical(String openGraphType, SiteInfo site, PageInfo page, LocalDate lastReviewed,
			List<CitedReference> references, List<WebPage> parts) {
		String jsonLd = structuredData(site).medicalWebPage(webPage(site, page, lastReviewed),
				references.stream().map(CitedReference::reference).toList(), parts);
		return new SharingMetadata(openGraphType, jsonLd);
	}

	/** The page of all references, which describes each source the article's pages cite. */
	static SharingMetadata bibliography(SiteInfo site, PageInfo page, List<Reference> references) {
		return new SharingMetadata("website", structuredData(site).bibliography(webPage(site, page, null), references));
	}

	static WebPage webPage(SiteInfo site, PageInfo page, LocalDate lastReviewed) {
		return new WebPage(site.baseUrl() + page.path(), page.title(), page.description(), lastReviewed);
	}

	private static StructuredData structuredData(SiteInfo site) {
		return new StructuredData(site.title(), site.baseUrl());
	}

}
