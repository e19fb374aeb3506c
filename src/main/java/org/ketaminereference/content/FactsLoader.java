package org.ketaminereference.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code facts.yaml}, which is optional: without it the pages have no facts box. Every value
 * cites known references; its text is plain, so a citation written into it is a mistake.
 */
final class FactsLoader {

	static final String FILE = "facts.yaml";

	private final YamlBinder binder;

	FactsLoader(YamlBinder binder) {
		this.binder = binder;
	}

	/** The facts, or {@code null} when there is no file or it has problems (then reported). */
	Facts load(ContentFiles files, Set<String> knownKeys) {
		return DataFile.open(files, FILE, "must be fields like 'title: ...'", knownKeys, Map.of())
			.flatMap((file) -> file.bind(binder, file.fields(), Facts.class, FactsLoader::check))
			.orElse(null);
	}

	private static void check(Facts facts, DataFile file) {
		for (int i = 0; i < facts.facts().size(); i++) {
			List<Facts.Value> values = facts.facts().get(i).values();
			for (int j = 0; j < values.size(); j++) {
				String path = "facts[" + i + "].values[" + j + "]";
				file.plainText(values.get(j).text(), path + ".text",
						"plain text only; list the sources under 'cite:', like cite: [key1, key2]");
				file.keys(values.get(j).cite(), path + ".cite");
			}
		}
	}

}
