package org.ketaminereference.content;

import java.nio.file.Path;
import java.util.List;
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
	Facts load(Path directory, Set<String> knownKeys, Problems problems) {
		return DataFile.bind(binder, directory, FILE, Facts.class, problems)
			.filter((file) -> check(file.value(), file.document(), knownKeys, problems))
			.map(DataFile::value)
			.orElse(null);
	}

	private static boolean check(Facts facts, YamlDocument document, Set<String> knownKeys, Problems problems) {
		int before = problems.size();
		for (int i = 0; i < facts.facts().size(); i++) {
			List<Facts.Value> values = facts.facts().get(i).values();
			for (int j = 0; j < values.size(); j++) {
				String path = "facts[" + i + "].values[" + j + "]";
				if (values.get(j).text().contains(Citations.OPENING)) {
					problems.add(FILE, document.lineOf(path + ".text"), document.yamlPathOf(path + ".text"),
							"plain text only; list the sources under 'cite:', like cite: [key1, key2]");
				}
				DataFile.checkKeys(values.get(j).cite(), path + ".cite", document, FILE, knownKeys, problems);
			}
		}
		return problems.size() == before;
	}

}
