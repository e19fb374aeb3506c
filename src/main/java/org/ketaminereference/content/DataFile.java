package org.ketaminereference.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the optional YAML data files (the figures' data, the facts box) share: an absent file is
 * no problem, a present one is bound to its record, and every citation key in it must be in the
 * bibliography.
 *
 * @param value the bound record
 * @param document the parsed file, for the line of each field
 */
record DataFile<T>(T value, YamlDocument document) {

	/** The file bound to {@code type}, or empty when it is absent or has problems (then reported). */
	static <T> Optional<DataFile<T>> bind(YamlBinder binder, Path directory, String file, Class<T> type,
			Problems problems) {
		return parse(directory, file, problems).flatMap((document) -> {
			if (!(document.data() instanceof Map<?, ?>)) {
				problems.add(file, 1, "", "must be fields like 'title: ...'");
				return Optional.empty();
			}
			return binder.bind(document.data(), document, "", type, file, problems)
				.map((value) -> new DataFile<>(value, document));
		});
	}

	/** The file parsed, or empty when it is absent or is not valid YAML (then reported). */
	static Optional<YamlDocument> parse(Path directory, String file, Problems problems) {
		if (!Files.exists(directory.resolve(file))) {
			return Optional.empty();
		}
		return ContentLoader.read(directory, file, problems)
			.flatMap((text) -> ContentLoader.parseYaml(text, 1, file, problems));
	}

	/** Reports the keys of the list at {@code path} that are not in the bibliography. */
	static void checkKeys(List<String> keys, String path, YamlDocument document, String file, Set<String> knownKeys,
			Problems problems) {
		for (int i = 0; i < keys.size(); i++) {
			checkKey(keys.get(i), path + "[" + i + "]", document, file, knownKeys, problems);
		}
	}

	static void checkKey(String key, String path, YamlDocument document, String file, Set<String> knownKeys,
			Problems problems) {
		if (!knownKeys.contains(key)) {
			problems.add(file, document.lineOf(path), document.yamlPathOf(path),
					"unknown reference '" + key + "'; add it to " + ContentLoader.REFERENCES_FILE + " or fix the key");
		}
	}

}
