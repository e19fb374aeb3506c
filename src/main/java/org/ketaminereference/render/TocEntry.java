package org.ketaminereference.render;

import java.util.ArrayList;
import java.util.List;

/** One line of a table of contents, with the subheadings beneath it. */
public record TocEntry(String id, String text, List<TocEntry> children) {

	/** Nests each heading under the nearest shallower heading before it. */
	public static List<TocEntry> of(List<Heading> headings) {
		List<TocEntry> top = new ArrayList<>();
		int topLevel = headings.stream().mapToInt(Heading::level).min().orElse(2);
		for (Heading heading : headings) {
			TocEntry entry = new TocEntry(heading.id(), heading.text(), new ArrayList<>());
			if (heading.level() == topLevel || top.isEmpty()) {
				top.add(entry);
			}
			else {
				top.get(top.size() - 1).children().add(entry);
			}
		}
		return top;
	}

}
