package org.ketaminereference.render;

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

	/** The anchor of this entry in a reference list. */
	public String anchor() {
		return CitationNumbering.anchorOf(reference.id());
	}

}
