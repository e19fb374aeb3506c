package org.ketaminereference.render;

import java.util.ArrayList;
import java.util.List;

import org.ketaminereference.content.Reference;

/**
 * A reference as listed on one page.
 *
 * @param number its number on this page, in order of first citation
 * @param formatted the AMA-formatted entry (HTML)
 * @param citationIds the ids of every marker on the page that cites it, for back-links
 */
public record CitedReference(int number, Reference reference, String formatted, List<String> citationIds) {

	public CitedReference {
		citationIds = List.copyOf(citationIds);
	}

	/** Links back to each citing marker, lettered a, b, c... as Wikipedia does. */
	public List<Backlink> backlinks() {
		List<Backlink> backlinks = new ArrayList<>();
		for (int i = 0; i < citationIds.size(); i++) {
			backlinks.add(new Backlink(citationIds.get(i), letter(i)));
		}
		return backlinks;
	}

	/** a..z, then aa, ab...: enough for any number of citations. */
	private static String letter(int index) {
		String letter = String.valueOf((char) ('a' + index % 26));
		return (index < 26) ? letter : letter(index / 26 - 1) + letter;
	}

	/** One back-link: the marker's id and the letter shown for it. */
	public record Backlink(String id, String letter) {
	}

	/** The anchor of this entry in a reference list. */
	public String anchor() {
		return CitationNumbering.anchorOf(reference.id());
	}

}
