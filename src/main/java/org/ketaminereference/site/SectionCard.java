package org.ketaminereference.site;

import java.util.List;

import org.ketaminereference.render.TocEntry;

/** A section as the landing page and the one-page article list it. */
public record SectionCard(String path, String title, String summary, List<TocEntry> contents) {

	public SectionCard {
		contents = List.copyOf(contents);
	}

}
