package org.ketaminereference.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search index of the static export, for MiniSearch 7.2.0 in the browser: the passages the
 * server indexes, each with the fields the server gives it and the field weights the server
 * ranks with, so that the browser ranks alike without any ranking of its own.
 *
 * <p>
 * The index is written ready to load, in MiniSearch's own serialised form (what its
 * {@code toJSON} gives and {@code loadJS} reads, serialisation version 2), so that the browser
 * does not cut and index the text before the first query. The words are cut as MiniSearch's
 * default tokenizer cuts them and each is what {@code assets/search.js} makes of a query's
 * words: lower case, stop words left out, and the Porter stem, which Lucene's
 * {@link PorterStemFilter} gives here and the vendored {@code stemmer} 2.0.1 there.
 * {@code ExportSearchIT} checks that MiniSearch, given {@link #documents}, builds exactly this
 * index in the browser.
 *
 * <p>
 * Spellings are one word on the server; here each field carries the other spellings of its
 * words, so that "anesthesia" finds what "anaesthesia" finds. Another name of a thing finds
 * what the text calls it at a lower weight, in the query, as on the server: the index lists
 * the names ({@link Names#targets()}) and {@code search.js} adds the target to the query. The
 * stop words are the server's, so that a question's words are left out alike.
 */
public final class StaticSearchIndex {

	/**
	 * What a result shows but nothing searches, stored with each passage: where it links, its
	 * title and the pages that cite it (a reference). The page a passage is on is its link
	 * without the fragment; the pages' titles are stored once. The text quoted in the snippet is
	 * in its own file ({@link #text}).
	 */
	public static final List<String> STORED = List.of("href", "title", "citedIn");

	/** MiniSearch's default tokenizer: {@code /[\n\r\p{Z}\p{P}]+/u}, kept empty ends and all. */
	private static final Pattern MINISEARCH_SEPARATORS = Pattern.compile("[\\n\\r\\p{Z}\\p{P}]+");

	private static final int SERIALIZATION_VERSION = 2;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Analyzer STEM = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			KeywordTokenizer word = new KeywordTokenizer();
			return new TokenStreamComponents(word, new PorterStemFilter(word));
		}

	};

	private StaticSearchIndex() {
	}

	/** The fields MiniSearch searches, in the order of their ids, with the server's weights. */
	static Map<String, Float> weights() {
		return new TreeMap<>(SearchIndex.FIELD_WEIGHTS);
	}

	/**
	 * The documents MiniSearch indexes, one per passage with text, in the order of
	 * {@link SearchIndex#passages()}: the searched fields (with other spellings added) and the
	 * {@link #STORED} ones.
	 */
	public static List<Map<String, Object>> documents(SearchIndex index) {
		Names names = index.analysis();
		List<Passage> passages = index.passages();
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Passage passage : passages) {
			if (!passage.hasText()) {
				continue;
			}
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("id", documents.size());
			document.put("href", passage.href());
			document.put("title", passage.heading());
			if (!passage.citedIn().isEmpty()) {
				document.put("citedIn", passage.citedIn());
			}
			SearchIndex.fields(passage).forEach((field, value) -> {
				List<String> spellings = names.otherSpellings(value);
				document.put(field, spellings.isEmpty() ? value : value + " " + String.join(" ", spellings));
			});
			documents.add(document);
		}
		return documents;
	}

	/**
	 * The index as UTF-8 JSON: {@code weights} (field boosts, whose keys are MiniSearch's fields
	 * in order), {@code bm25} (MiniSearch's parameters for Lucene's ranking), {@code stopWords},
	 * {@code pages} (each page's title by path), {@code names} (what each other name of a thing
	 * finds, in lower case), {@code nameWeight} (how much less it counts, as on the server),
	 * {@code phrases} (the forms of several words, which a query searches as phrases, as the
	 * server does), {@code spellings} (the groups of spellings with such a form: a phrase finds
	 * its other spellings), and {@code index}, MiniSearch's serialised index.
	 */
	public static byte[] json(SearchIndex index) {
		Map<String, String> pages = new LinkedHashMap<>();
		index.passages().forEach((passage) -> pages.putIfAbsent(passage.pagePath(), passage.pageTitle()));
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("weights", weights());
		// Lucene's BM25, which the server ranks with: MiniSearch's BM25+ with no lower bound (d).
		BM25Similarity lucene = new BM25Similarity();
		root.put("bm25", new TreeMap<>(Map.of("k", lucene.getK1(), "b", lucene.getB(), "d", 0f)));
		root.put("stopWords", Names.STOP_WORDS.stream().map((word) -> new String((char[]) word)).sorted().toList());
		root.put("pages", pages);
		root.put("names", index.analysis().targets());
		root.put("phrases", index.analysis().severalWords());
		root.put("spellings", index.analysis().severalWordSpellings());
		root.put("nameWeight", Names.TARGET_WEIGHT);
		root.put("index", new MiniSearchIndex(List.copyOf(weights().keySet())).serialise(documents(index), lengths(index)));
		return JSON.writeValueAsBytes(root);
	}

	/**
	 * The text each result quotes, as a UTF-8 JSON list in the order of the index's documents:
	 * its own file, fetched beside the index, since what is searched is the index alone. The
	 * export's spelling correction also takes the article's words from it.
	 */
	public static byte[] text(SearchIndex index) {
		return JSON.writeValueAsBytes(index.passages().stream().filter(Passage::hasText).map(Passage::text).toList());
	}

	/**
	 * Each field's length in each document as the server's BM25 takes it: the words Lucene
	 * indexes (no stop words, no spelling added), in the order of {@link #documents};
	 * {@code null} where the field is absent. MiniSearch would count the different words, stop
	 * words and spellings added included, which ranks a glossary term's few words quite
	 * differently.
	 */
	static List<List<Integer>> lengths(SearchIndex index) {
		List<String> fields = List.copyOf(weights().keySet());
		List<List<Integer>> lengths = new ArrayList<>();
		for (Passage passage : index.passages()) {
			if (!passage.hasText()) {
				continue;
			}
			Map<String, String> values = SearchIndex.fields(passage);
			List<Integer> document = new ArrayList<>();
			for (String field : fields) {
				String value = values.get(field);
				int words = (value != null) ? Names.terms(index.analysis().textAnalyzer(), value).size() : 0;
				document.add((words > 0) ? words : null);
			}
			lengths.add(document);
		}
		return lengths;
	}

	private static String[] tokens(String value) {
		return MINISEARCH_SEPARATORS.split(value, -1);
	}

	/**
	 * What MiniSearch's {@code add} does with each document, written out as its {@code toJSON}
	 * gives it; see {@code MiniSearch.ts} of 7.2.0 ({@code add}, {@code addFieldLength},
	 * {@code addTerm}, {@code toJSON}).
	 */
	private static final class MiniSearchIndex {

		private final List<String> fields;

		private final Set<String> stopWords = new java.util.HashSet<>();

		private final Map<String, String> stems = new HashMap<>();

		MiniSearchIndex(List<String> fields) {
			this.fields = fields;
			Names.STOP_WORDS.forEach((word) -> stopWords.add(new String((char[]) word)));
		}

		Map<String, Object> serialise(List<Map<String, Object>> documents, List<List<Integer>> lengths) {
			Map<String, Object> documentIds = new LinkedHashMap<>();
			Map<String, Object> fieldLength = new LinkedHashMap<>();
			Map<String, Object> storedFields = new LinkedHashMap<>();
			// term -> field id -> short document id -> frequency, terms in the order first met
			Map<String, Map<String, Map<String, Integer>>> terms = new LinkedHashMap<>();
			for (int shortId = 0; shortId < documents.size(); shortId++) {
				Map<String, Object> document = documents.get(shortId);
				String key = Integer.toString(shortId);
				documentIds.put(key, document.get("id"));
				Map<String, Object> stored = new LinkedHashMap<>();
				STORED.stream().filter(document::containsKey).forEach((field) -> stored.put(field, document.get(field)));
				storedFields.put(key, stored);
				for (int fieldId = 0; fieldId < fields.size(); fieldId++) {
					Object value = document.get(fields.get(fieldId));
					if (value == null) {
						continue;
					}
					String field = Integer.toString(fieldId);
					for (String token : tokens(value.toString())) {
						String term = processTerm(token);
						if (term != null) {
							terms.computeIfAbsent(term, (t) -> new TreeMap<>())
								.computeIfAbsent(field, (f) -> new LinkedHashMap<>())
								.merge(key, 1, Integer::sum);
						}
					}
				}
				// Lucene's norms keep a long field's length only roughly; BM25 scores with that.
				fieldLength.put(key, lengths.get(shortId)
					.stream()
					.map((length) -> (length != null) ? SmallFloat.byte4ToInt(SmallFloat.intToByte4(length)) : null)
					.toList());
			}
			Map<String, Integer> fieldIds = new LinkedHashMap<>();
			for (int fieldId = 0; fieldId < fields.size(); fieldId++) {
				fieldIds.put(fields.get(fieldId), fieldId);
			}
			List<Object> index = new ArrayList<>();
			terms.forEach((term, data) -> index.add(List.of(term, data)));
			Map<String, Object> serialised = new LinkedHashMap<>();
			serialised.put("documentCount", documents.size());
			serialised.put("nextId", documents.size());
			serialised.put("documentIds", documentIds);
			serialised.put("fieldIds", fieldIds);
			serialised.put("fieldLength", fieldLength);
			serialised.put("averageFieldLength", averages(lengths));
			serialised.put("storedFields", storedFields);
			serialised.put("dirtCount", 0);
			serialised.put("index", index);
			serialised.put("serializationVersion", SERIALIZATION_VERSION);
			return serialised;
		}

		/**
		 * Each field's mean length over the documents that have it, as Lucene's BM25 takes it.
		 * MiniSearch's mean counts every document, those without the field too, which makes a
		 * field that few documents have (a glossary term's name) look long in every one of them.
		 */
		private List<Double> averages(List<List<Integer>> lengths) {
			List<Double> averages = new ArrayList<>();
			for (int fieldId = 0; fieldId < fields.size(); fieldId++) {
				long sum = 0;
				int count = 0;
				for (List<Integer> document : lengths) {
					Integer length = document.get(fieldId);
					if (length != null) {
						sum += length;
						count++;
					}
				}
				averages.add((count > 0) ? (double) sum / count : 0);
			}
			return averages;
		}

		/** What {@code search.js} makes of a word: lower case, no stop word, its Porter stem. */
		private String processTerm(String token) {
			String word = token.toLowerCase(Locale.ROOT);
			if (word.isEmpty() || stopWords.contains(word)) {
				return null;
			}
			return stems.computeIfAbsent(word, (w) -> String.join("", Names.terms(STEM, w)));
		}

	}

}
