package org.ketaminereference.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An optional YAML data file (a figure kind's, the facts box's) while it is read: an absent file
 * is no problem, a present one is bound to its record, and the checks its record's annotations
 * cannot make report here, on the data file's own lines, with the fields as the author wrote
 * them. Every citation key in it must be in the bibliography.
 *
 * @param file the file's name in the content directory
 * @param document the parsed file, for the line of each field
 * @param prefix where in the file this part starts: empty for the whole file, a figure's name for
 * one of several
 * @param knownKeys the id of every bibliography entry, valid or not
 * @param references the valid bibliography entries by id
 * @param problems where problems go
 */
record DataFile(String file, YamlDocument document, String prefix, Set<String> knownKeys,
		Map<String, Reference> references, Problems problems) {

	/**
	 * The file, when it is there and holds fields (else empty; a problem is reported).
	 * @param notFields what to tell the author when the root is not fields
	 * @param knownKeys the id of every bibliography entry, valid or not
	 * @param references the valid bibliography entries by id
	 */
	static Optional<DataFile> open(ContentFiles files, String file, String notFields, Set<String> knownKeys,
			Map<String, Reference> references) {
		return files.optionalFields(file, notFields)
			.map((document) -> new DataFile(file, document, "", knownKeys, references, files.problems()));
	}

	/** The fields of the whole file, by name. */
	Map<?, ?> fields() {
		return (Map<?, ?>) document.data();
	}

	/** The part of the file under a top-level name, whose fields are then named from there. */
	DataFile part(String name) {
		return new DataFile(file, document, name, knownKeys, references, problems);
	}

	/**
	 * This part bound to its record and passed through {@code checks}; empty when binding or a
	 * check reported a problem.
	 */
	<T> Optional<T> bind(YamlBinder binder, Object value, Class<T> type, Check<T> checks) {
		return binder.bind(value, document, prefix, type, file, problems).filter((bound) -> {
			int before = problems.size();
			checks.check(bound, this);
			return problems.size() == before;
		});
	}

	/** The checks of a record beyond its annotations; each problem is reported through the data file. */
	@FunctionalInterface
	interface Check<T> {

		void check(T value, DataFile file);

	}

	/** The line a field is on. */
	int lineOf(String field) {
		return document.lineOf(path(field));
	}

	/** Reports a problem with a field, on the field's line. */
	void problem(String field, String message) {
		problem(field, field, message);
	}

	/** Reports a problem with a field on the line of another (such as a date's year for the whole date). */
	void problem(String field, String lineOf, String message) {
		problems.add(file, document.lineOf(path(lineOf)), path(field), message);
	}

	/**
	 * Text drawn in a figure's picture (its title, which also names the SVG, and the labels) cannot
	 * hold a citation: a citation marker is HTML, which SVG cannot hold. Refused here, on the data
	 * file's own line, rather than later on the line of the section that places the figure.
	 */
	void drawnText(String text, String field) {
		if (text != null && text.contains(Citations.OPENING)) {
			authorProblem(field, "citations cannot be used in the words drawn in the picture; cite the sources in 'cite'");
		}
	}

	/** Plain text, shown without citations: its sources are listed in a field of their own. */
	void plainText(String text, String field, String message) {
		if (text != null && text.contains(Citations.OPENING)) {
			authorProblem(field, message);
		}
	}

	/**
	 * Text shown as HTML beside the picture may cite like Markdown does; its mistakes are reported
	 * on the data file's line.
	 */
	void citingText(String text, String field) {
		if (text == null) {
			return;
		}
		for (Citations.Mistake mistake : Citations.mistakesIn(text, knownKeys)) {
			authorProblem(field, mistake.message());
		}
	}

	/** Reports the keys of a list that are not in the bibliography. */
	void keys(List<String> keys, String field) {
		for (int i = 0; i < keys.size(); i++) {
			key(keys.get(i), field + "[" + i + "]");
		}
	}

	/** Reports a key that is not in the bibliography. */
	void key(String key, String field) {
		if (!knownKeys.contains(key)) {
			authorProblem(field, "unknown reference '" + key + "'; add it to " + ContentLoader.REFERENCES_FILE
					+ " or fix the key");
		}
	}

	/** A valid bibliography entry, or {@code null} when the key is unknown or its entry invalid. */
	Reference reference(String key) {
		return references.get(key);
	}

	/** A problem whose field is named as the author spelt it ({@code container-title}, not {@code containerTitle}). */
	private void authorProblem(String field, String message) {
		problems.add(file, document.lineOf(path(field)), document.yamlPathOf(path(field)), message);
	}

	private String path(String field) {
		return prefix.isEmpty() ? field : prefix + "." + field;
	}

}
