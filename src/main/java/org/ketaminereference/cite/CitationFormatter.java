package org.ketaminereference.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.csl.CSLItemData;

/** Formats pages in every {@link CitationStyle} with the same processor as the reference lists. */
public final class CitationFormatter {

	private CitationFormatter() {
	}

	/**
	 * Formats all pages at once: one CSL processor per style, as loading a style is what takes
	 * the time.
	 * @return each page's citations in style order, by page id
	 */
	public static Map<String, List<FormattedCitation>> format(List<CitablePage> pages) {
		List<CSLItemData> items = pages.stream().map(CitablePage::toCsl).toList();
		Map<String, List<FormattedCitation>> citations = new LinkedHashMap<>();
		pages.forEach((page) -> citations.put(page.id(), new ArrayList<>()));
		for (CitationStyle style : CitationStyle.values()) {
			Map<String, String> formatted = ReferenceFormatter.formatItems(items, style);
			formatted.forEach((id, html) -> citations.get(id).add(new FormattedCitation(style, html)));
		}
		citations.replaceAll((id, list) -> List.copyOf(list));
		return citations;
	}

}
