package org.ketaminereference.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * How search reads words, and the words it treats as one.
 *
 * <p>
 * Text is analysed as Lucene's English analyser does (words, lower case, no stop words, Porter
 * stems), with the words of a reader's question ("how", "does", "what ... mean") as stop words
 * too: they say nothing about what the reader is after.
 *
 * <p>
 * Spellings (from {@code search-names.yaml} and the glossary's forms) are one word: a query's
 * words are expanded with a {@link SynonymGraphFilter} built from the groups analysed the same
 * way, so that one group covers plurals and other endings, and Lucene scores the forms as one
 * term. Names are not one word: "Spravato" finds what the text calls it, "esketamine", but a
 * passage that names the brand is worth more to a reader who typed it, so the name's query
 * becomes "Spravato or esketamine" with esketamine at {@link #TARGET_WEIGHT}. The index
 * holds the text as written: a new group needs no reindexing, and snippets mark the form the
 * text uses.
 */
final class Names {

	/**
	 * The weight of what the text calls a thing, in a query for another of its names: enough to
	 * find every passage about it, not so much that they outrank the passages naming it as typed.
	 */
	static final float TARGET_WEIGHT = 0.3f;

	/** Lucene's English stop words and the words of a question. */
	static final CharArraySet STOP_WORDS = stopWords();

	private final List<List<String>> spellings;

	private final List<List<String>> names;

	private final SynonymMap synonyms;

	/** The spelling groups whose other forms the static export adds to its fields ({@link #otherSpellings}). */
	private final List<Map<String, String>> exportSpellings;

	/** Every name but the first of its group, in lower case, with the first. */
	private final Map<String, String> targets = new LinkedHashMap<>();

	/** The forms of several words, and what finds them in a query. */
	private final Set<String> severalWords;

	private final Pattern phrases;

	private final Analyzer text = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer words = new StandardTokenizer();
			return new TokenStreamComponents(words, englishWords(words));
		}

	};

	private final Analyzer query = new Analyzer() {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer words = new StandardTokenizer();
			return new TokenStreamComponents(words, new SynonymGraphFilter(englishWords(words), synonyms, true));
		}

	};

	/**
	 * @param spellings groups of forms of one word, each of which finds the others
	 * @param names groups of names, each of which finds the first
	 */
	Names(List<List<String>> spellings, List<List<String>> names) {
		this.spellings = spellings.stream().map(List::copyOf).toList();
		this.names = names.stream().map(List::copyOf).toList();
		this.exportSpellings = analysedOnce();
		this.synonyms = synonyms();
		for (List<String> group : this.names) {
			group.subList(1, group.size()).forEach((name) -> targets.putIfAbsent(key(name), group.get(0)));
		}
		this.severalWords = java.util.stream.Stream.concat(this.spellings.stream(), this.names.stream())
			.flatMap(List::stream)
			.filter((form) -> form.contains(" "))
			.map(Names::key)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		this.phrases = pattern(severalWords);
	}

	/** Every form of several words, in lower case: a query searches each as a phrase. */
	Set<String> severalWords() {
		return Collections.unmodifiableSet(severalWords);
	}

	/** What the index stores and the highlighter marks: the text's own words. */
	Analyzer textAnalyzer() {
		return text;
	}

	/** What a query's words become: their stems and every other spelling of them. */
	Analyzer queryAnalyzer() {
		return query;
	}

	/**
	 * The query with each form of several words in quotes: the query parser analyses each word
	 * on its own otherwise, and the form would never match. A query with quotes of its own is
	 * left as it is: the reader is already saying which words go together.
	 */
	String quotePhrases(String query) {
		if (query.indexOf('"') >= 0 || phrases == null) {
			return query;
		}
		return phrases.matcher(query).replaceAll((match) -> Matcher.quoteReplacement('"' + match.group() + '"'));
	}

	/** What the text calls the thing {@code word} (a word or phrase of a query) names, or {@code null}. */
	String target(String word) {
		return targets.get(key(word));
	}

	/**
	 * What the static export adds to a passage's field so that a search there finds it as a
	 * query expanded here would: every other spelling of a word the text has, as often as the
	 * text has the word in any spelling, for the groups of one-word forms. On the server a
	 * query's spellings are scored as one word (Lucene's synonym query sums their frequencies);
	 * there the spelling typed is searched, so it has to be as frequent as all of them together.
	 * The groups with a form of several words are expanded in the export's query instead
	 * ({@link #severalWordSpellings()}), as the server expands them into several clauses.
	 */
	List<String> otherSpellings(String passage) {
		String words = " " + String.join(" ", terms(text, passage)) + " ";
		List<String> others = new ArrayList<>();
		for (Map<String, String> group : exportSpellings) {
			Map<String, Integer> counts = new LinkedHashMap<>();
			group.keySet().forEach((form) -> counts.put(form, occurrences(words, form)));
			int total = counts.values().stream().mapToInt(Integer::intValue).sum();
			counts.forEach((form, count) -> others.addAll(Collections.nCopies(total - count, group.get(form))));
		}
		return others;
	}

	/**
	 * The spelling groups with a form of several words (as the export's tokenizer cuts them:
	 * "post-traumatic stress disorder", "S-enantiomer"), in lower case: the static export's query
	 * searches such a group's forms for any of them.
	 */
	List<List<String>> severalWordSpellings() {
		return spellings.stream()
			.filter((group) -> group.stream().anyMatch(Names::hasSeveralWords))
			.map((group) -> group.stream().map(Names::key).toList())
			.toList();
	}

	/**
	 * Each spelling group as its forms analysed (padded with spaces to find whole words) to the
	 * first form so written, in lower case: "behaviour" and "behavioural" are one stem, and so
	 * one word. A group whose forms another group already has is left out: the server counts a
	 * word once however many groups have it.
	 */
	private List<Map<String, String>> analysedOnce() {
		List<List<String>> sorted = new ArrayList<>(spellings);
		// The groups with no words in common first, so that "dissociative anaesthetic" is left to "anaesthetic".
		sorted.sort(java.util.Comparator.comparing((List<String> group) -> !sharedWords(group).isEmpty()));
		List<Map<String, String>> groups = new ArrayList<>();
		Set<Set<String>> seen = new java.util.HashSet<>();
		for (List<String> group : sorted) {
			Set<String> shared = sharedWords(group);
			Map<String, String> forms = new LinkedHashMap<>();
			Set<String> own = new java.util.HashSet<>();
			for (String form : group) {
				List<String> terms = terms(text, form);
				String ownWords = Arrays.stream(key(form).split("[\\n\\r\\p{Z}\\p{P}]+"))
					.filter((word) -> !shared.containsAll(terms(text, word)))
					.collect(Collectors.joining(" "));
				if (!terms.isEmpty() && !ownWords.isEmpty()
						&& forms.putIfAbsent(" " + String.join(" ", terms) + " ", ownWords) == null) {
					own.add(String.join(" ", terms(text, ownWords)));
				}
			}
			if (forms.size() > 1 && seen.add(own)) {
				groups.add(Collections.unmodifiableMap(forms));
			}
		}
		return groups;
	}

	/** The analysed words every form of a group has. */
	private Set<String> sharedWords(List<String> group) {
		Set<String> shared = new java.util.HashSet<>(terms(text, group.get(0)));
		group.forEach((form) -> shared.retainAll(terms(text, form)));
		return shared;
	}

	/** Whether the static export's tokenizer (MiniSearch's) cuts a form into several words. */
	private static boolean hasSeveralWords(String form) {
		return form.strip().split("[\\n\\r\\p{Z}\\p{P}]+").length > 1;
	}

	/** How often a padded form occurs in padded words; the space between two occurrences is shared. */
	private static int occurrences(String words, String form) {
		int count = 0;
		for (int at = words.indexOf(form); at >= 0; at = words.indexOf(form, at + form.length() - 1)) {
			count++;
		}
		return count;
	}

	/** Every other name of a thing, in lower case, with what the text calls it: what the static export's query adds. */
	Map<String, String> targets() {
		return Collections.unmodifiableMap(targets);
	}

	private static TokenStream englishWords(StandardTokenizer words) {
		TokenStream stream = new EnglishPossessiveFilter(words);
		stream = new LowerCaseFilter(stream);
		stream = new StopFilter(stream, STOP_WORDS);
		return new PorterStemFilter(stream);
	}

	private static CharArraySet stopWords() {
		CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		words.addAll(List.of("what", "which", "who", "why", "how", "do", "does", "did", "can", "mean", "means", "i"));
		return CharArraySet.unmodifiableSet(words);
	}

	private SynonymMap synonyms() {
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		for (List<String> group : spellings) {
			Set<CharsRef> forms = new LinkedHashSet<>();
			for (String form : group) {
				List<String> terms = terms(text, form);
				if (!terms.isEmpty()) {
					forms.add(SynonymMap.Builder.join(terms.toArray(String[]::new), new CharsRefBuilder()));
				}
			}
			for (CharsRef input : forms) {
				forms.stream().filter((output) -> !output.equals(input)).forEach((output) -> builder.add(input, output, true));
			}
		}
		try {
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A form as a query finds it: lower case, words separated by single spaces. */
	private static String key(String form) {
		return form.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

	private static Pattern pattern(Set<String> forms) {
		if (forms.isEmpty()) {
			return null;
		}
		// Longest first, so that "electroconvulsive therapy" is not cut short by a shorter form.
		List<String> alternatives = forms.stream()
			.sorted((a, b) -> b.length() - a.length())
			.map((form) -> Arrays.stream(form.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")))
			.collect(Collectors.toCollection(ArrayList::new));
		return Pattern.compile("(?<![\\p{L}\\p{N}-])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}-])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** The words of {@code text} as {@code analyzer} gives them. */
	static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
