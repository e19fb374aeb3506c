package org.ketaminereference.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter (between two {@code ---} lines at the top, as
 * GitHub and most editors expect) and its body, keeping line numbers for messages.
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

	private static final String FENCE = "---";

	static Optional<FrontMatter> split(String text, String file, Problems problems) {
		String[] lines = text.split("\n", -1);
		if (!lines[0].strip().equals(FENCE)) {
			problems.add(file, 1, "", "must start with front matter: a line '---', the fields, and another '---'");
			return Optional.empty();
		}
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].strip().equals(FENCE)) {
				String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, i));
				String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
				return Optional.of(new FrontMatter(yaml, 2, body, i + 2));
			}
		}
		problems.add(file, 1, "", "front matter is not closed: add a line '---' after the fields");
		return Optional.empty();
	}

}
