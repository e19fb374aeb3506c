package org.ketaminereference.readability;

/**
 * One block of running text (a paragraph or a list item), with Markdown syntax and citations
 * taken out.
 *
 * @param text the words as a reader sees them; may span several source lines
 * @param line the file line the block starts on
 * @param quotation whether the whole block is a quotation (a block quote)
 */
record Passage(String text, int line, boolean quotation) {

	/** The file line of a character of {@link #text}, counting its line breaks. */
	int lineAt(int offset) {
		int line = this.line;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
