package org.ketaminereference.search;

/**
 * The stretch of a section from one heading to the next: what the index stores as one document
 * and a result links to.
 *
 * @param sectionPath the section's page, such as {@code /mechanisms}
 * @param sectionTitle the section's title
 * @param headingId the nearest heading's id, or {@code null} for the text before the first heading
 * @param heading the nearest heading's text, or the section's title before the first heading
 * @param text the passage's text, without citation markers
 */
public record SectionPassage(String sectionPath, String sectionTitle, String headingId, String heading, String text) {

	/** Where a reader lands: straight at the heading, or at the top of the section. */
	String href() {
		return (headingId != null) ? sectionPath + "#" + headingId : sectionPath;
	}

}
