package org.ketaminereference.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * The search index of the static export, as JSON for MiniSearch in the browser: the passages the
 * server indexes, each with the fields the server gives it and the field weights the server
 * ranks with, so that the browser ranks alike without any ranking of its own.
 *
 * <p>
 * What the server does in the query, the export does here, in the index: each passage carries
 * in a {@code names} field the other spellings of its words and the other names of what it
 * names (see {@link Names#otherForms}), weighted as the server weighs a name's target. So the
 * browser's query needs no synonyms, and "anesthesia" or "Spravato" find the same passages.
 * The stop words are the server's, so that a question's words are left out alike.
 */
public final class StaticSearchIndex {

	/** The field of a passage's other spellings and names. */
	static final String NAMES = "names";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private StaticSearchIndex() {
	}

	/** The index as UTF-8 JSON. */
	public static byte[] json(SearchIndex index) {
		Names names = index.analysis();
		Map<String, Float> weights = new TreeMap<>(SearchIndex.FIELD_WEIGHTS);
		weights.put(NAMES, Names.TARGET_WEIGHT);
		List<Map<String, Object>> documents = new ArrayList<>();
		List<Passage> passages = index.passages();
		Map<String, String> sectionTitles = new LinkedHashMap<>();
		passages.forEach((passage) -> sectionTitles.putIfAbsent(passage.pagePath(), passage.pageTitle()));
		for (int i = 0; i < passages.size(); i++) {
			Passage passage = passages.get(i);
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("id", i);
			document.put("href", passage.href());
			document.put("title", passage.heading());
			document.put("page", passage.pageTitle());
			document.put("pagePath", passage.pagePath());
			document.put("section", passage.pageTitle());
			document.putAll(SearchIndex.fields(passage));
			String others = String.join(" ", names.otherForms(String.join(" ", passage.heading(), passage.text())));
			if (!others.isEmpty()) {
				document.put(NAMES, others);
			}
			if (!passage.citedIn().isEmpty()) {
				document.put("citedIn", passage.citedIn()
					.stream()
					.map((path) -> Map.of("path", path, "title", sectionTitles.getOrDefault(path, path)))
					.toList());
			}
			documents.add(document);
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("weights", weights);
		root.put("stopWords", Names.STOP_WORDS.stream().map((word) -> new String((char[]) word)).sorted().toList());
		root.put("documents", documents);
		return JSON.writeValueAsBytes(root);
	}

}
