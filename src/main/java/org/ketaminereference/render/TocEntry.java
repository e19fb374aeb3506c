package org.ketaminereference.render;

import java.util.ArrayList;
import java.util.List;

/** One line of a table of contents, with the lines nested beneath it. */
public record TocEntry(String href, String text, List<TocEntry> children) {

	public TocEntry {
		children = List.copyOf(children);
	}

	/**
	 * Nests each heading under the nearest shallower heading before it.
	 * @param page the page the headings are on: empty for the current page, else a path such as
	 * {@code /history}
	 */
	public static List<TocEntry> of(List<Heading> headings, String page) {
		List<TocEntry> top = new ArrayList<>();
		List<List<TocEntry>> childrenOfTop = new ArrayList<>();
		int topLevel = headings.stream().mapToInt(Heading::level).min().orElse(2);
		for (Heading heading : headings) {
			TocEntry entry = new TocEntry(page + "#" + heading.id(), heading.text(), List.of());
			if (heading.level() == topLevel || top.isEmpty()) {
				top.add(entry);
				childrenOfTop.add(new ArrayList<>());
			}
			else {
				childrenOfTop.get(childrenOfTop.size() - 1).add(entry);
			}
		}
		List<TocEntry> result = new ArrayList<>();
		for (int i = 0; i < top.size(); i++) {
			result.add(new TocEntry(top.get(i).href(), top.get(i).text(), childrenOfTop.get(i)));
		}
		return result;
	}

	/** Only the top level of {@link #of}. */
	public static List<TocEntry> topLevel(List<Heading> headings, String page) {
		return of(headings, page).stream().map((entry) -> new TocEntry(entry.href(), entry.text(), List.of())).toList();
	}

}
