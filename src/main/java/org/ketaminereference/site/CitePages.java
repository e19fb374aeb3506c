package org.ketaminereference.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ketaminereference.cite.CitablePage;
import org.ketaminereference.cite.CitationFile;
import org.ketaminereference.cite.CitationFormatter;
import org.ketaminereference.cite.FormattedCitation;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.render.RenderedSection;
import org.ketaminereference.routes.Routes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The "Cite this page" part of every section and of the one-page article, and the citation files
 * it links to. The files are ordinary pages of the snapshot, at {@code /cite/<page>.<extension>},
 * so the static export writes them like any other page.
 */
final class CitePages {

	static final String ARTICLE_ID = "article";

	private final Map<String, CiteThisPage> parts = new LinkedHashMap<>();

	private final Map<String, Page> files = new LinkedHashMap<>();

	private CitePages(List<CitablePage> pages) {
		Map<String, List<FormattedCitation>> citations = CitationFormatter.format(pages);
		for (CitablePage page : pages) {
			List<CiteThisPage.Download> downloads = new ArrayList<>();
			for (CitationFile file : CitationFile.values()) {
				String fileName = page.id() + "." + file.extension();
				String path = Routes.CITE + fileName;
				downloads.add(new CiteThisPage.Download(path, fileName, file.label(), file.contentType()));
				files.put(path, Page.of(file.contentType(), file.write(page).getBytes(StandardCharsets.UTF_8))
					.withHeader(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment().filename(fileName).build().toString()));
			}
			parts.put(page.id(), new CiteThisPage(page.accessed(), citations.get(page.id()), downloads));
		}
	}

	/**
	 * Cites every section (by its slug) and the one-page article (as {@link #ARTICLE_ID}).
	 * @param accessed the access date to give: the day the site is built
	 */
	static CitePages of(SiteInfo site, RenderedArticle article, LocalDate accessed) {
		List<CitablePage> pages = new ArrayList<>();
		for (RenderedSection section : article.sections()) {
			pages.add(new CitablePage(section.slug(), site.baseUrl() + Routes.section(section.slug()), section.title(),
					site.title(), section.metadata().lastReviewed(), accessed));
		}
		pages.add(new CitablePage(ARTICLE_ID, site.baseUrl() + Routes.ARTICLE, article.content().article().metadata().title(),
				site.title(), article.content().articleLastReviewed(), accessed));
		return new CitePages(pages);
	}

	/** The "Cite this page" part of the page with this id. */
	CiteThisPage part(String id) {
		return parts.get(id);
	}

	/** The citation files, by path. */
	Map<String, Page> files() {
		return files;
	}

}
