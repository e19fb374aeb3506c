package org.ketaminereference.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.search.SearchResults.Outcome;

/**
 * An in-memory Lucene index of the article's sections, one document per heading-delimited
 * passage, built once from a {@link RenderedArticle} and never changed: a content change builds
 * a new index with the new snapshot. Safe to share between threads (Lucene's readers and
 * searchers are).
 *
 * <p>
 * The passages are cut when the index is made; Lucene indexes them on the first search or on
 * {@link #prepare()}, whichever comes first. Building a Lucene index in a fresh JVM costs about
 * as much as rendering every page, and no page but the search results needs it, so a start
 * need not wait for it (see {@code BackgroundSiteBuild}), nor do the static export and the
 * content check.
 *
 * <p>
 * Queries use Lucene's {@link SimpleQueryParser}, which never fails on odd input: quotes make a
 * phrase, {@code -} excludes, {@code *} ends a prefix, and anything unbalanced is taken as plain
 * words. English stemming makes "receptors" find "receptor". All words must match; when that
 * finds nothing, any word may, ranked by Lucene's BM25 score.
 */
public final class SearchIndex {

	/** Longer queries are not searched; the page says why. */
	public static final int MAX_QUERY_LENGTH = 200;

	/** More results than a reader goes through; the best come first. */
	static final int MAX_HITS = 20;

	private static final String TEXT = "text";

	private static final String HEADING = "heading";

	private static final String SECTION = "section";

	private static final String POSITION = "position";

	/** A word in a heading says more about a passage than the same word in its text. */
	private static final Map<String, Float> FIELD_WEIGHTS = Map.of(TEXT, 1.0f, HEADING, 2.0f, SECTION, 0.5f);

	/** Sentences the snippet shows at most. */
	private static final int SNIPPET_SENTENCES = 2;

	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cc}+");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	/**
	 * Fuzzy matching ({@code word~2}) is off: it needs no explaining to readers, and a long query
	 * of fuzzy words expands into more clauses than Lucene allows.
	 */
	private static final int OPERATORS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
			| SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
			| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
			| SimpleQueryParser.WHITESPACE_OPERATOR;

	private final List<SectionPassage> passages;

	/** Built on first use; {@code null} until then. */
	private volatile Lucene lucene;

	private SearchIndex(List<SectionPassage> passages) {
		this.passages = List.copyOf(passages);
	}

	/** Indexes every section of the article. */
	public static SearchIndex of(RenderedArticle article) {
		return new SearchIndex(SectionPassages.of(article));
	}

	/** The index of these passages, as {@link #passages()} gave them (a prebuilt site stores them). */
	public static SearchIndex of(List<SectionPassage> passages) {
		return new SearchIndex(passages);
	}

	/** What is indexed: every passage, in the article's order. */
	public List<SectionPassage> passages() {
		return passages;
	}

	/** Builds the Lucene index now, if no search has yet, so that the first search does not wait. */
	public void prepare() {
		lucene();
	}

	/**
	 * Searches for what a reader typed. Never fails on the text itself: every input gives results
	 * or an outcome the page can explain.
	 * @param query the raw query, or {@code null} when none was given
	 */
	public SearchResults search(String query) {
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
		Query allWords = lucene.parse(normalised, BooleanClause.Occur.MUST);
		if (allWords instanceof MatchNoDocsQuery) {
			return new SearchResults(normalised, length, Outcome.NOTHING_TO_SEARCH, List.of());
		}
		try {
			List<SearchHit> hits = lucene.find(allWords);
			if (!hits.isEmpty()) {
				return new SearchResults(normalised, length, Outcome.FOUND, hits);
			}
			hits = lucene.find(lucene.parse(normalised, BooleanClause.Occur.SHOULD));
			return new SearchResults(normalised, length, hits.isEmpty() ? Outcome.NO_MATCHES : Outcome.FOUND_SOME_WORDS,
					hits);
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
					built = new Lucene(passages);
					lucene = built;
				}
			}
		}
		return built;
	}

	/** The index proper, with what searches and highlights in it. */
	private static final class Lucene {

		private final Analyzer analyzer = new EnglishAnalyzer();

		private final List<SectionPassage> passages;

		private final IndexSearcher searcher;

		private final UnifiedHighlighter highlighter;

		Lucene(List<SectionPassage> passages) {
			this.passages = passages;
			this.searcher = new IndexSearcher(index(passages));
			// The highlighter analyses the stored text again; passages are a few hundred words.
			this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
				.withFormatter(new SnippetFormatter())
				.withFieldMatcher((field) -> true)
				.build();
		}

		private Query parse(String query, BooleanClause.Occur defaultOperator) {
			SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELD_WEIGHTS, OPERATORS);
			parser.setDefaultOperator(defaultOperator);
			return parser.parse(query);
		}

		private List<SearchHit> find(Query query) throws IOException {
			List<SearchHit> hits = new ArrayList<>();
			for (ScoreDoc found : searcher.search(query, MAX_HITS).scoreDocs) {
				int position = searcher.storedFields().document(found.doc).getField(POSITION).numericValue().intValue();
				SectionPassage passage = passages.get(position);
				hits.add(new SearchHit(passage.href(), passage.heading(), passage.sectionTitle(), passage.sectionPath(),
						snippet(query, passage.text())));
			}
			return hits;
		}

		private Snippet snippet(Query query, String text) throws IOException {
			Object snippet = highlighter.highlightWithoutSearcher(TEXT, query, text, SNIPPET_SENTENCES);
			return (snippet instanceof Snippet found) ? found : new Snippet(List.of(new Snippet.Part(text, false)));
		}

		private DirectoryReader index(List<SectionPassage> passages) {
			// Never closed: the index is heap memory only, and it goes when its snapshot does.
			Directory directory = new ByteBuffersDirectory();
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				for (int i = 0; i < passages.size(); i++) {
					SectionPassage passage = passages.get(i);
					Document document = new Document();
					document.add(new StoredField(POSITION, i));
					document.add(new TextField(SECTION, passage.sectionTitle(), Field.Store.NO));
					if (passage.headingId() != null) {
						document.add(new TextField(HEADING, passage.heading(), Field.Store.NO));
					}
					document.add(new TextField(TEXT, passage.text(), Field.Store.NO));
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
