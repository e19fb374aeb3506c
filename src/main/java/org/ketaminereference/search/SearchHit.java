package org.ketaminereference.search;

/**
 * One passage a search found.
 *
 * @param href where the reader lands: the section with the nearest heading's anchor
 * @param heading the nearest heading, or the section's title for the text before the first heading
 * @param sectionTitle the section the passage is in
 * @param sectionPath the section's page
 * @param snippet an extract with the words found marked
 */
public record SearchHit(String href, String heading, String sectionTitle, String sectionPath, Snippet snippet) {

	/** Whether the passage is the section's opening text, whose heading is the section itself. */
	public boolean opensSection() {
		return href.equals(sectionPath);
	}

}
