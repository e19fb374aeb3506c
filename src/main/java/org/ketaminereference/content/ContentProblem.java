package org.ketaminereference.content;

/**
 * One thing wrong with the content, located as precisely as we can: an author fixes it from
 * this line alone.
 *
 * @param file the file as the author knows it (relative to the content directory)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param field the front matter or bibliography field, or empty when not about one field
 * @param message what is wrong, in plain words
 */
public record ContentProblem(String file, int line, String field, String message) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(file);
		if (line > 0) {
			text.append(':').append(line);
		}
		text.append(": ");
		if (!field.isEmpty()) {
			text.append(field).append(": ");
		}
		return text.append(message).toString();
	}

}
