package org.ketaminereference.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.ketaminereference.content.GlossaryTerm;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.search.SearchResults.Outcome;

/**
 * An in-memory Lucene index of the article, built once from a {@link RenderedArticle} and never
 * changed: a content change builds a new index with the new snapshot. One document per
 * heading-delimited passage of a section, per glossary term and per cited reference. Safe to share
 * between threads (Lucene's readers and searchers are).
 *
 * <p>
 * The passages are cut when the index is made; Lucene indexes them on the first search or on
 * {@link #prepare()}, whichever comes first. Building a Lucene index in a fresh JVM costs about
 * as much as rendering every page, and no page but the search results needs it, so a start
 * need not wait for it (see {@code SiteConfiguration}), nor do the static export and the
 * content check.
 *
 * <p>
 * Queries use Lucene's {@link SimpleQueryParser}, which never fails on odd input: quotes make a
 * phrase, {@code -} excludes, {@code *} ends a prefix, and anything unbalanced is taken as plain
 * words. English stemming makes "receptors" find "receptor", and {@link Names} makes
 * "anesthesia" find "anaesthesia" and "Spravato" find "esketamine". All words must match; when
 * that finds nothing, a word the article does not have is replaced by the nearest one it has
 * (Lucene's {@link DirectSpellChecker}), and if that finds nothing either, any word may match,
 * ranked by Lucene's BM25 score.
 */
public final class SearchIndex {

	/** Longer queries are not searched; the page says why. */
	public static final int MAX_QUERY_LENGTH = 200;

	/** More results than a reader goes through; the best come first. */
	static final int MAX_HITS = 20;

	private static final String TEXT = "text";

	private static final String HEADING = "heading";

	private static final String SECTION = "section";

	/** A glossary term's name, abbreviation and aliases. */
	private static final String TERM = "term";

	/** A reference's authors and year. */
	private static final String AUTHORS = "authors";

	/** A reference as the bibliography gives it. */
	private static final String REFERENCE = "reference";

	/** Every word as written, in lower case: what the spelling checker suggests from. */
	private static final String WORDS = "words";

	private static final String POSITION = "position";

	/**
	 * A word in a heading says more about a passage than the same word in its text. A reference
	 * is found first by its authors' names, and only after the sections by the words of its
	 * title: a reader searching for a subject wants the article's text on it before its sources.
	 * A glossary term's name and aliases count as much as a section's text: a reader who types
	 * the term ("enantiomer", "dissociation") wants its definition as much as a passage using it.
	 */
	static final Map<String, Float> FIELD_WEIGHTS = Map.of(TEXT, 1.0f, HEADING, 2.0f, SECTION, 1.0f,
			TERM, 1.0f, AUTHORS, 2.0f, REFERENCE, 0.3f);

	/** Sentences the snippet shows at most. */
	private static final int SNIPPET_SENTENCES = 2;

	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cc}+");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/** A word the spelling checker may replace: letters only, no operator. */
	private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}{4,}");

	/**
	 * Fuzzy matching ({@code word~2}) is off: it needs no explaining to readers, and a long query
	 * of fuzzy words expands into more clauses than Lucene allows. Typos are handled by the
	 * spelling checker instead.
	 */
	private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
			| SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
			| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
			| SimpleQueryParser.WHITESPACE_OPERATOR;

	private final List<Passage> passages;

	private final List<List<String>> spellings;

	private final List<List<String>> names;

	/**
	 * How words are analysed, built on first use (by the Lucene index or the static export);
	 * {@code null} until then. Building it runs Lucene's analysers over every group and builds a
	 * synonym map, which a start, whether it renders or reads a prebuilt site, does not need to
	 * serve its pages.
	 */
	private Names analysis;

	/** Built on first use; {@code null} until then. */
	private volatile Lucene lucene;

	private SearchIndex(List<Passage> passages, List<List<String>> spellings, List<List<String>> names) {
		this.passages = List.copyOf(passages);
		this.spellings = spellings.stream().map(List::copyOf).toList();
		this.names = names.stream().map(List::copyOf).toList();
	}

	/**
	 * Indexes every section, glossary term and cited reference of the article, with the groups of
	 * {@code search-names.yaml}, and each glossary term's forms as spellings of one word.
	 */
	public static SearchIndex of(RenderedArticle article) {
		List<List<String>> spellings = new ArrayList<>(article.content().searchNames().spellings());
		for (GlossaryTerm term : article.content().glossary()) {
			if (term.forms().size() > 1) {
				spellings.add(term.forms());
			}
		}
		return new SearchIndex(Passages.of(article), spellings, article.content().searchNames().names());
	}

	/**
	 * The index of these passages and groups, as {@link #passages()}, {@link #spellings()} and
	 * {@link #names()} gave them (a prebuilt site stores them).
	 */
	public static SearchIndex of(List<Passage> passages, List<List<String>> spellings, List<List<String>> names) {
		return new SearchIndex(passages, spellings, names);
	}

	/** What is indexed: every section passage in the article's order, then terms, then references. */
	public List<Passage> passages() {
		return passages;
	}

	/** Groups of forms of one word: each finds the others. */
	public List<List<String>> spellings() {
		return spellings;
	}

	/** Groups of names of one thing: each finds the first, what the text calls it. */
	public List<List<String>> names() {
		return names;
	}

	/** How search reads words and which it treats as one; the static export's index uses it too. */
	synchronized Names analysis() {
		if (analysis == null) {
			analysis = new Names(spellings, names);
		}
		return analysis;
	}

	/** Builds the Lucene index now, if no search has yet, so that the first search does not wait. */
	public void prepare() {
		lucene();
	}

	/** Searches for what a reader typed, correcting a typo that finds nothing. */
	public SearchResults search(String query) {
		return search(query, true);
	}

	/**
	 * Searches for what a reader typed. Never fails on the text itself: every input gives results
	 * or an outcome the page can explain.
	 * @param query the raw query, or {@code null} when none was given
	 * @param correctSpelling whether a word the article does not have may be replaced by the
	 * nearest one it has, when the query as typed finds nothing with every word
	 */
	public SearchResults search(String query, boolean correctSpelling) {
		String normalised = normalise(query);
		int length = normalised.codePointCount(0, normalised.length());
		if (normalised.isEmpty()) {
			return new SearchResults(normalised, length, Outcome.EMPTY, List.of());
		}
		if (length > MAX_QUERY_LENGTH) {
			String cut = normalised.substring(0, normalised.offsetByCodePoints(0, MAX_QUERY_LENGTH));
			return new SearchResults(cut, length, Outcome.TOO_LONG, List.of());
		}
		Lucene lucene = lucene();
		try {
			SearchResults asTyped = lucene.search(normalised, length);
			if (!correctSpelling || asTyped.outcome() == Outcome.FOUND
					|| asTyped.outcome() == Outcome.NOTHING_TO_SEARCH) {
				return asTyped;
			}
			String corrected = lucene.correct(normalised);
			if (!corrected.equals(normalised)) {
				SearchResults nearest = lucene.search(corrected, length);
				if (nearest.outcome() == Outcome.FOUND) {
					return new SearchResults(corrected, length, Outcome.CORRECTED, nearest.hits(), normalised);
				}
			}
			return asTyped;
		}
		catch (IOException ex) {
			// The index lives in memory; reading it cannot fail for reasons a reader could fix.
			throw new UncheckedIOException(ex);
		}
	}

	static String normalise(String query) {
		if (query == null) {
			return "";
		}
		String visible = CONTROL_CHARACTERS.matcher(query).replaceAll(" ");
		return WHITESPACE.matcher(visible).replaceAll(" ").strip();
	}

	private Lucene lucene() {
		Lucene built = lucene;
		if (built == null) {
			synchronized (this) {
				built = lucene;
				if (built == null) {
					built = new Lucene(passages, analysis());
					lucene = built;
				}
			}
		}
		return built;
	}

	/** What each kind of passage puts in which field; every passage has the title of the page it is on. */
	static Map<String, String> fields(Passage passage) {
		return switch (passage.kind()) {
			// A section's opening text is headed by the section's title.
			case SECTION -> Map.of(SECTION, passage.pageTitle(), HEADING, passage.heading(), TEXT, passage.text());
			case TERM -> Map.of(SECTION, passage.pageTitle(), TERM, passage.heading() + " " + passage.keywords(), TEXT,
					passage.text());
			case REFERENCE -> Map.of(SECTION, passage.pageTitle(), AUTHORS, passage.keywords(), REFERENCE, passage.text());
		};
	}

	/**
	 * Lucene's simple query parser, where a word or phrase that is another name of a thing also
	 * finds what the text calls it, at a lower weight (see {@link Names}).
	 */
	private static final class NameExpandingParser extends SimpleQueryParser {

		private final Names names;

		NameExpandingParser(Names names) {
			super(names.queryAnalyzer(), FIELD_WEIGHTS, OPERATORS);
			this.names = names;
		}

		@Override
		protected Query newDefaultQuery(String text) {
			return withTarget(text, super.newDefaultQuery(text));
		}

		@Override
		protected Query newPhraseQuery(String text, int slop) {
			return withTarget(text, super.newPhraseQuery(text, slop));
		}

		private Query withTarget(String text, Query asTyped) {
			String target = names.target(text);
			if (target == null || asTyped == null) {
				return asTyped;
			}
			Query thing = target.contains(" ") ? super.newPhraseQuery(target, 0) : super.newDefaultQuery(target);
			return new BooleanQuery.Builder().add(asTyped, BooleanClause.Occur.SHOULD)
				.add(new BoostQuery(thing, Names.TARGET_WEIGHT), BooleanClause.Occur.SHOULD)
				.build();
		}

	}

	/** The index proper, with what searches, corrects and highlights in it. */
	private static final class Lucene {

		private final List<Passage> passages;

		private final Names names;

		/** The titles of the sections, by page, for the sections a reference is cited in. */
		private final Map<String, String> sectionTitles = new LinkedHashMap<>();

		private final DirectoryReader reader;

		private final IndexSearcher searcher;

		/** Quotes the best sentences of a section's passage. */
		private final UnifiedHighlighter highlighter;

		/** Quotes a definition or reference whole: it is a sentence or two, and a part would not say what it is. */
		private final UnifiedHighlighter wholeHighlighter;

		private final DirectSpellChecker spelling = new DirectSpellChecker();

		Lucene(List<Passage> passages, Names names) {
			this.passages = passages;
			this.names = names;
			passages.stream()
				.filter((passage) -> passage.kind() == Passage.Kind.SECTION)
				.forEach((passage) -> sectionTitles.putIfAbsent(passage.pagePath(), passage.pageTitle()));
			this.reader = index(passages);
			this.searcher = new IndexSearcher(reader);
			// The highlighter analyses the stored text again; passages are a few hundred words.
			this.highlighter = UnifiedHighlighter.builderWithoutSearcher(names.textAnalyzer())
				.withFormatter(new SnippetFormatter())
				.withFieldMatcher((field) -> true)
				.build();
			this.wholeHighlighter = UnifiedHighlighter.builderWithoutSearcher(names.textAnalyzer())
				.withFormatter(new SnippetFormatter())
				.withFieldMatcher((field) -> true)
				.withBreakIterator(WholeBreakIterator::new)
				.build();
		}

		private SearchResults search(String query, int length) throws IOException {
			String phrased = names.quotePhrases(query);
			Query allWords = parse(phrased, BooleanClause.Occur.MUST);
			if (allWords instanceof MatchNoDocsQuery) {
				return new SearchResults(query, length, Outcome.NOTHING_TO_SEARCH, List.of());
			}
			List<SearchHit> hits = find(allWords);
			if (!hits.isEmpty()) {
				return new SearchResults(query, length, Outcome.FOUND, hits);
			}
			hits = find(parse(phrased, BooleanClause.Occur.SHOULD));
			return new SearchResults(query, length, hits.isEmpty() ? Outcome.NO_MATCHES : Outcome.FOUND_SOME_WORDS,
					hits);
		}

		/** The query with each plain word the article does not have replaced by its nearest word. */
		private String correct(String query) throws IOException {
			List<String> words = new ArrayList<>();
			for (String word : query.split(" ")) {
				String lower = word.toLowerCase(Locale.ROOT);
				if (PLAIN_WORD.matcher(word).matches() && reader.docFreq(new Term(WORDS, lower)) == 0) {
					SuggestWord[] nearest = spelling.suggestSimilar(new Term(WORDS, lower), 1, reader);
					words.add((nearest.length > 0) ? nearest[0].string : word);
				}
				else {
					words.add(word);
				}
			}
			return String.join(" ", words);
		}

		private Query parse(String query, BooleanClause.Occur defaultOperator) {
			SimpleQueryParser parser = new NameExpandingParser(names);
			parser.setDefaultOperator(defaultOperator);
			return parser.parse(query);
		}

		private List<SearchHit> find(Query query) throws IOException {
			List<SearchHit> hits = new ArrayList<>();
			for (ScoreDoc found : searcher.search(query, MAX_HITS).scoreDocs) {
				int position = searcher.storedFields().document(found.doc).getField(POSITION).numericValue().intValue();
				Passage passage = passages.get(position);
				List<SearchHit.Link> citedIn = passage.citedIn()
					.stream()
					.map((path) -> new SearchHit.Link(path, sectionTitles.getOrDefault(path, path)))
					.toList();
				hits.add(new SearchHit(passage.kind(), passage.href(), passage.heading(), passage.pageTitle(),
						passage.pagePath(), snippet(query, passage), citedIn));
			}
			return hits;
		}

		private Snippet snippet(Query query, Passage passage) throws IOException {
			UnifiedHighlighter quoting = (passage.kind() == Passage.Kind.SECTION) ? highlighter : wholeHighlighter;
			Object snippet = quoting.highlightWithoutSearcher(TEXT, query, passage.text(), SNIPPET_SENTENCES);
			return (snippet instanceof Snippet found) ? found
					: new Snippet(List.of(new Snippet.Part(passage.text(), false)));
		}

		private DirectoryReader index(List<Passage> passages) {
			Analyzer words = new Analyzer() {

				@Override
				protected TokenStreamComponents createComponents(String fieldName) {
					StandardTokenizer tokenizer = new StandardTokenizer();
					return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
				}

			};
			Analyzer analyzer = new PerFieldAnalyzerWrapper(names.textAnalyzer(), Map.of(WORDS, words));
			// Never closed: the index is heap memory only, and it goes when its snapshot does.
			Directory directory = new ByteBuffersDirectory();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				for (int i = 0; i < passages.size(); i++) {
					Passage passage = passages.get(i);
					if (!passage.hasText()) {
						continue;
					}
					Document document = new Document();
					document.add(new StoredField(POSITION, i));
					for (Map.Entry<String, String> field : fields(passage).entrySet()) {
						document.add(new TextField(field.getKey(), field.getValue(), Field.Store.NO));
					}
					document.add(new TextField(WORDS, String.join(" ", passage.heading(), passage.text(),
							passage.keywords()), Field.Store.NO));
					writer.addDocument(document);
				}
				writer.commit();
				return DirectoryReader.open(directory);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot build the search index in memory", ex);
			}
		}

	}

}
