package org.ketaminereference.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketaminereference.content.TestContent;
import org.ketaminereference.render.ArticleRenderer;
import org.ketaminereference.render.LayoutIds;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.search.SearchResults.Outcome;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexTests {

	/** The real article: searches should work on what readers read. */
	private SearchIndex index;

	private RenderedArticle article;

	@BeforeAll
	void indexTheArticle() {
		article = new ArticleRenderer().render(SiteArticle.contentLoader().load(Path.of("content")), LayoutIds.NONE);
		index = SearchIndex.of(article);
	}

	private List<SearchHit> hits(String query) {
		SearchResults results = index.search(query);
		assertThat(results.outcome()).as("outcome of '%s'", query).isEqualTo(Outcome.FOUND);
		return results.hits();
	}

	private static List<String> marked(SearchHit hit) {
		return hit.snippet().parts().stream().filter(Snippet.Part::match).map(Snippet.Part::text).toList();
	}

	@Nested
	class WordsReadersType {

		@ParameterizedTest
		@ValueSource(strings = { "anesthesia", "anaesthesia" })
		void americanAndBritishSpellingsFindTheSamePassages(String spelling) {
			List<String> american = hits("anesthesia").stream().map(SearchHit::href).toList();

			assertThat(hits(spelling).stream().map(SearchHit::href).toList()).isEqualTo(american).hasSizeGreaterThan(5);
			assertThat(hits(spelling)).anySatisfy((hit) -> assertThat(marked(hit)).contains("anaesthesia"));
		}

		@Test
		void aBrandNameFindsThePassageThatNamesItFirstAndThenWhatTheTextCallsIt() {
			List<SearchHit> found = hits("spravato");

			assertThat(marked(found.get(0))).anySatisfy((word) -> assertThat(word).isEqualToIgnoringCase("Spravato"));
			assertThat(found).anySatisfy((hit) -> {
				assertThat(marked(hit)).contains("esketamine").doesNotContain("Spravato");
			});
		}

		@Test
		void aNameOfSeveralWordsIsOneName() {
			assertThat(hits("special K").get(0).href()).isEqualTo("/risks#harms-of-non-medical-use");
			assertThat(hits("angel dust")).anySatisfy((hit) -> assertThat(marked(hit)).contains("phencyclidine"));
		}

		@Test
		void whatTheTextCallsAThingDoesNotFindItsOtherNames() {
			assertThat(index.search("esketamine").hits()).allSatisfy((hit) -> assertThat(marked(hit)).doesNotContain("Spravato", "SPRAVATO"));
		}

		@Test
		void aGlossaryAbbreviationFindsItsTerm() {
			assertThat(hits("PTSD")).anySatisfy((hit) -> assertThat(marked(hit)).contains("traumatic").doesNotContain("PTSD"));
		}

		@Test
		void aTypoThatFindsNothingShowsWhatTheNearestSpellingFinds() {
			SearchResults results = index.search("dissociaton");

			assertThat(results.outcome()).isEqualTo(Outcome.CORRECTED);
			assertThat(results.typed()).isEqualTo("dissociaton");
			assertThat(results.query()).isEqualTo("dissociation");
			assertThat(results.hits()).isEqualTo(index.search("dissociation").hits());
		}

		@Test
		void aTypoIsCorrectedOnlyInTheWordThatHasIt() {
			SearchResults results = index.search("ketamine bladdr");

			assertThat(results.outcome()).isEqualTo(Outcome.CORRECTED);
			assertThat(results.query()).isEqualTo("ketamine bladder");
		}

		@Test
		void searchingExactlyAsTypedCorrectsNothing() {
			assertThat(index.search("dissociaton", false).outcome()).isEqualTo(Outcome.NO_MATCHES);
		}

		@Test
		void aWordWithNoNearSpellingIsNotCorrected() {
			assertThat(index.search("xqzvwk").outcome()).isEqualTo(Outcome.NO_MATCHES);
		}

		@Test
		void aGlossaryTermIsFoundWithItsDefinitionAsSnippet() {
			SearchHit term = hits("psychotomimetic").stream()
				.filter((hit) -> hit.kind() == Passage.Kind.TERM)
				.findFirst()
				.orElseThrow();

			assertThat(term.href()).isEqualTo("/glossary#term-psychotomimetic");
			assertThat(term.sectionTitle()).isEqualTo("Glossary");
			assertThat(term.snippet().text()).isEqualTo(article.content()
				.glossary()
				.stream()
				.filter((t) -> t.term().equals("Psychotomimetic"))
				.findFirst()
				.orElseThrow()
				.definition());
		}

		@Test
		void anAuthorFindsTheReferenceWithTheSectionsThatCiteIt() {
			SearchHit reference = hits("Berman").get(0);

			assertThat(reference.kind()).isEqualTo(Passage.Kind.REFERENCE);
			assertThat(reference.href()).isEqualTo("/references#ref-berman2000");
			assertThat(reference.heading()).isEqualTo("Antidepressant effects of ketamine in depressed patients");
			assertThat(reference.snippet().text()).contains("Berman", "2000");
			assertThat(reference.citedIn()).extracting(SearchHit.Link::path).contains("/mental-health");
			assertThat(reference.citedIn()).extracting(SearchHit.Link::title).doesNotContain("/mental-health");
		}

	}

	@Nested
	class BuildingTheIndex {

		@Test
		void aPreparedIndexFindsWhatAnUnpreparedOneFinds() {
			SearchIndex prepared = SearchIndex.of(article);
			prepared.prepare();

			assertThat(prepared.search("receptors")).isEqualTo(SearchIndex.of(article).search("receptors"));
		}

		@Test
		void readersSearchingAtOnceBeforeTheIndexExistsAllGetResults() throws Exception {
			SearchIndex fresh = SearchIndex.of(article);
			ExecutorService readers = Executors.newFixedThreadPool(8);
			try {
				List<Future<SearchResults>> searches = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					searches.add(readers.submit(() -> fresh.search("ketamine")));
				}
				for (Future<SearchResults> search : searches) {
					assertThat(search.get().outcome()).isEqualTo(Outcome.FOUND);
					assertThat(search.get()).isEqualTo(index.search("ketamine"));
				}
			}
			finally {
				readers.shutdownNow();
			}
		}

	}

	@Nested
	class Matching {

		@Test
		void stemmingFindsOtherFormsOfAWord() {
			List<String> singular = hits("receptor").stream().map(SearchHit::href).toList();

			assertThat(hits("receptors")).extracting(SearchHit::href).containsExactlyElementsOf(singular);
			assertThat(hits("receptors").get(0).sectionPath()).isEqualTo("/mechanisms");
		}

		@Test
		void theMatchedWordsAreMarkedInTheSnippet() {
			SearchHit hit = hits("receptors").get(0);

			assertThat(marked(hit)).isNotEmpty().allSatisfy((word) -> assertThat(word).startsWithIgnoringCase("receptor"));
			assertThat(hit.snippet().text()).containsIgnoringCase("receptor");
		}

		@Test
		void everyWordMustMatchWhenSomePassageHasThemAll() {
			assertThat(hits("bladder daily")).allSatisfy((hit) -> assertThat(hit.sectionPath()).isEqualTo("/risks"));
			assertThat(hits("naltrexone opioid")).extracting(SearchHit::sectionPath).containsOnly("/mechanisms");
		}

		@Test
		void anyWordMayMatchWhenNoPassageHasThemAll() {
			SearchResults results = index.search("bladder zebra");

			assertThat(results.outcome()).isEqualTo(Outcome.FOUND_SOME_WORDS);
			assertThat(results.hits().get(0).heading()).isEqualTo("Ketamine-associated bladder damage");
		}

		@Test
		void aPhraseInQuotes() {
			SearchHit hit = hits("\"active placebo\"").get(0);

			assertThat(hit.snippet().text()).containsIgnoringCase("active placebo");
		}

		@Test
		void aWordCanBeExcluded() {
			assertThat(hits("esketamine -spray")).allSatisfy((hit) -> assertThat(hit.snippet().text())
				.doesNotContainIgnoringCase("spray"));
		}

		@Test
		void aPrefixEndingInAStar() {
			SearchHit hit = hits("hydroxynorket*").get(0);

			assertThat(hit.href()).isEqualTo("/mechanisms#a-metabolite-of-ketamine-a-contested-finding");
			assertThat(marked(hit)).anySatisfy((word) -> assertThat(word).contains("hydroxynorketamine"));
		}

	}

	@Nested
	class Ranking {

		@Test
		void thePassageAboutTheSubjectComesFirst() {
			assertThat(hits("bladder").get(0).href()).isEqualTo("/risks#ketamine-associated-bladder-damage");
			assertThat(hits("REMS").get(0).sectionPath()).isIn("/esketamine", "/risks");
			assertThat(hits("opioid").get(0).href()).isEqualTo("/mechanisms#the-opioid-system-a-small-early-trial");
		}

		@Test
		void aHeadingMatchOutranksAPassingMention() {
			assertThat(hits("veterinary").get(0).href()).isEqualTo("/history#veterinary-anaesthesia");
		}

		@Test
		void resultsAreCapped() {
			assertThat(hits("ketamine")).hasSize(SearchIndex.MAX_HITS);
		}

	}

	@Nested
	class Hits {

		@Test
		void everyHitLinksToARealHeadingOfItsSection() {
			for (SearchHit hit : hits("ketamine").stream().filter((hit) -> hit.kind() == Passage.Kind.SECTION).toList()) {
				var section = article.sections()
					.stream()
					.filter((candidate) -> hit.sectionPath().equals("/" + candidate.slug()))
					.findFirst()
					.orElseThrow();
				assertThat(hit.sectionTitle()).isEqualTo(section.title());
				if (hit.opensSection()) {
					assertThat(hit.heading()).isEqualTo(section.title());
				}
				else {
					String id = hit.href().substring(hit.href().indexOf('#') + 1);
					assertThat(section.body().headings()).anySatisfy((heading) -> {
						assertThat(heading.id()).isEqualTo(id);
						assertThat(heading.text()).isEqualTo(hit.heading());
					});
				}
			}
		}

		@Test
		void theOpeningOfASectionLinksToTheSection() {
			assertThat(hits("\"dissociative anaesthetic\" 1962")).anySatisfy((hit) -> {
				assertThat(hit.href()).isEqualTo("/history");
				assertThat(hit.opensSection()).isTrue();
			});
		}

		@Test
		void snippetsCarryNoCitationMarkersOrPermalinks() {
			for (String query : List.of("ketamine", "trial", "NMDA")) {
				assertThat(hits(query)).allSatisfy((hit) -> assertThat(hit.snippet().text()).doesNotContain("[@", "\u2060")
					.doesNotContainPattern("\\[\\d+\\]")
					.doesNotContainPattern("[a-z][.][A-Z]")
					.doesNotEndWith("#"));
			}
		}

		@Test
		void figuresAreNotSearchedTheTextTheySumUpIs() {
			assertThat(index.search("\"timeline as a list\"").outcome()).isEqualTo(Outcome.NO_MATCHES);
		}

		@Test
		void aLongPassageIsShortenedWithAnEllipsis() {
			assertThat(hits("mTOR")).anySatisfy((hit) -> assertThat(hit.snippet().text()).contains("…"));
		}

	}

	@Nested
	class OddQueries {

		@ParameterizedTest
		@ValueSource(strings = { "\"unbalanced quote", "(ketamine", "ketamine)", "((()", "+-|", "*", "AND OR NOT",
				"\\", "ketamine~2", "\"\"", "-", "%", "<script>alert(1)</script>", "ketamine AND", "+ketamine -",
				"?*:&^$#@!", "ｋｅｔａｍｉｎｅ", "ketamine\u0000", "😀 ketamine", "'; DROP TABLE terms; --" })
		void neverFailAndGiveAnOutcomeThePageCanExplain(String query) {
			SearchResults results = index.search(query);

			assertThat(results.outcome()).isIn(Outcome.FOUND, Outcome.FOUND_SOME_WORDS, Outcome.NO_MATCHES,
					Outcome.NOTHING_TO_SEARCH);
			assertThat(results.query()).doesNotContain("\u0000");
		}

		@ParameterizedTest
		@ValueSource(strings = { "кетамин", "氯胺酮", "كيتامين", "ケタミン" })
		void nonLatinTextFindsNothingWithoutFailing(String query) {
			SearchResults results = index.search(query);

			assertThat(results.outcome()).isEqualTo(Outcome.NO_MATCHES);
			assertThat(results.query()).isEqualTo(query);
		}

		@Test
		void onlyCommonWordsAreNotSearched() {
			assertThat(index.search("the and of").outcome()).isEqualTo(Outcome.NOTHING_TO_SEARCH);
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "   ", "\t\n" })
		void blankIsEmpty(String query) {
			assertThat(index.search(query).outcome()).isEqualTo(Outcome.EMPTY);
		}

		@Test
		void noQueryIsEmpty() {
			assertThat(index.search(null).outcome()).isEqualTo(Outcome.EMPTY);
		}

		@Test
		void spacesAreCollapsedAndTrimmed() {
			assertThat(index.search("  nmda \t  receptor ").query()).isEqualTo("nmda receptor");
		}

		@Test
		void aQueryOverTheLimitIsNotSearched() {
			SearchResults results = index.search("ketamine ".repeat(30));

			assertThat(results.outcome()).isEqualTo(Outcome.TOO_LONG);
			assertThat(results.hits()).isEmpty();
			assertThat(results.length()).isEqualTo(269);
			assertThat(results.query()).hasSize(SearchIndex.MAX_QUERY_LENGTH);
		}

		@Test
		void aQueryAtTheLimitIsSearched() {
			String query = "ketamine " + "x".repeat(SearchIndex.MAX_QUERY_LENGTH - "ketamine ".length());

			assertThat(index.search(query).outcome()).isEqualTo(Outcome.FOUND_SOME_WORDS);
		}

		@Test
		void theLimitCountsCharactersNotUtf16Units() {
			assertThat(index.search("😀".repeat(SearchIndex.MAX_QUERY_LENGTH)).outcome()).isNotEqualTo(Outcome.TOO_LONG);

			SearchResults tooLong = index.search("😀".repeat(SearchIndex.MAX_QUERY_LENGTH + 1));
			assertThat(tooLong.outcome()).isEqualTo(Outcome.TOO_LONG);
			assertThat(tooLong.query()).isEqualTo("😀".repeat(SearchIndex.MAX_QUERY_LENGTH));
		}

		@Test
		void theLongestQueryOfShortWordsAndPrefixesStillRuns() {
			String words = "a* b~ c\" ".repeat(SearchIndex.MAX_QUERY_LENGTH / 9);

			assertThat(index.search(words).outcome()).isIn(Outcome.FOUND, Outcome.FOUND_SOME_WORDS, Outcome.NO_MATCHES);
		}

	}

	@Test
	void aSectionWithoutHeadingsIsOnePassage(@TempDir Path directory) {
		TestContent content = TestContent.in(directory);
		content.section("01-alpha.md", "alpha", 1, "Receptors bind messengers.[@jones2021]\n");
		SearchIndex small = SearchIndex.of(new ArticleRenderer().render(content.load(), LayoutIds.NONE));

		SearchResults results = small.search("receptor");

		assertThat(results.hits()).singleElement().satisfies((hit) -> {
			assertThat(hit.href()).isEqualTo("/alpha");
			assertThat(hit.heading()).isEqualTo("Section alpha");
			assertThat(hit.snippet().text()).isEqualTo("Receptors bind messengers.");
		});
	}

}
