package org.ketaminereference.content;

import java.util.Map;

/**
 * A Markdown file whose front matter has been bound and validated.
 *
 * @param file the file, relative to the content directory, for messages
 * @param metadata the typed front matter
 * @param markdown the body after the front matter
 * @param bodyFirstLine the file line on which the body starts, so body problems can be located
 * @param fieldLines the line of each top-level front matter field, for problems found later
 */
public record MarkdownSource<M>(String file, M metadata, String markdown, int bodyFirstLine,
		Map<String, Integer> fieldLines) {

	public MarkdownSource {
		fieldLines = Map.copyOf(fieldLines);
	}

	/** The line of a front matter field, or 0 if the file does not have it. */
	public int lineOf(String field) {
		return fieldLines.getOrDefault(field, 0);
	}

	/** The file line of a character offset in the body. */
	public int lineAt(int offset) {
		int line = bodyFirstLine;
		for (int i = 0; i < offset && i < markdown.length(); i++) {
			if (markdown.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
