package org.ketaminereference.site;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ketaminereference.content.Content;
import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.content.SectionMetadata;
import org.ketaminereference.discovery.RobotsTxt;
import org.ketaminereference.discovery.Sitemap;
import org.ketaminereference.routes.Routes;

/** {@code /sitemap.xml} and {@code /robots.txt} for a built site. */
final class SearchEngineFiles {

	private SearchEngineFiles() {
	}

	/**
	 * The sitemap lists every HTML page already built. A page's last change is the review date
	 * of what it shows; pages that gather from the whole site (the bibliography, the list of
	 * changes, any other) take the latest review of anything.
	 */
	static Map<String, Page> of(Map<String, Page> pages, Content content, String baseUrl) {
		Map<String, LocalDate> reviewed = new HashMap<>();
		reviewed.put(Routes.HOME, content.article().metadata().lastReviewed());
		for (MarkdownSource<SectionMetadata> section : content.sections()) {
			reviewed.put(Routes.section(section.metadata().slug()), section.metadata().lastReviewed());
		}
		reviewed.put(Routes.ARTICLE, content.articleLastReviewed());
		reviewed.put(Routes.ABOUT, content.about().metadata().lastReviewed());
		LocalDate latest = reviewed.values().stream().max(LocalDate::compareTo).orElseThrow();

		Map<String, LocalDate> lastModified = new LinkedHashMap<>();
		pages.forEach((path, page) -> {
			if (page.contentType().startsWith("text/html")) {
				lastModified.put(path, reviewed.getOrDefault(path, latest));
			}
		});
		Map<String, Page> files = new LinkedHashMap<>();
		files.put(Routes.SITEMAP, Page.of("application/xml;charset=UTF-8", Sitemap.write(baseUrl, lastModified)));
		files.put(Routes.ROBOTS,
				Page.of("text/plain;charset=UTF-8", RobotsTxt.write(baseUrl).getBytes(StandardCharsets.UTF_8)));
		return files;
	}

}
