package org.ketaminereference.readability;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.content.TestContent;
import org.ketaminereference.render.ArticleRenderer;
import org.ketaminereference.render.LayoutIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.tuple;

/** The readability code against texts counted by hand. */
class ReadabilityTests {

	@Nested
	class SyllableRule {

		/** Syllables as a dictionary gives them, where the documented rule agrees. */
		@ParameterizedTest
		@CsvSource({ "cat, 1", "the, 1", "yes, 1", "table, 2", "people, 2", "made, 1", "use, 1", "used, 1",
				"wanted, 2", "needed, 2", "makes, 1", "changes, 2", "places, 2", "studies, 2", "value, 2", "agree, 2",
				"ketamine, 3", "medicine, 3", "depression, 3", "anaesthetic, 4", "surgery, 3", "double-blind, 3",
				"FDA, 3", "NMDA, 4", "1962, 2", "84, 1", "27.1%, 2", "don't, 1" })
		void countsAsTheRuleSays(String word, int syllables) {
			assertThat(Syllables.count(word)).as(word).isEqualTo(syllables);
		}

		@Test
		void isAnEstimateThatIsSometimesWrong() {
			// "tri-al" has two; the rule counts one vowel group. Documented in Syllables.
			assertThat(Syllables.count("trial")).isEqualTo(1);
		}

	}

	@Nested
	class Grade {

		@Test
		void aSentenceOfOneSyllableWords() {
			// 6 words, 1 sentence, 6 syllables: 0.39 x 6 + 11.8 x 1 - 15.59 = -1.45.
			TextMeasures measures = TextMeasures.of(List.of(new Passage("The cat sat on the mat.", 1, false)));

			assertThat(measures.words()).isEqualTo(6);
			assertThat(measures.sentences()).isEqualTo(1);
			assertThat(measures.syllables()).isEqualTo(6);
			assertThat(measures.grade()).isCloseTo(-1.45, within(0.005));
		}

		@Test
		void aPassageCountedByHand() {
			// Ket-a-mine(3) is(1) a(1) med-i-cine(3). Doc-tors(2) use(1) it(1) for(1) sur-ger-y(3).
			// 9 words, 2 sentences, 16 syllables: 0.39 x 4.5 + 11.8 x 16/9 - 15.59 = 7.14.
			TextMeasures measures = TextMeasures
				.of(List.of(new Passage("Ketamine is a medicine. Doctors use it for surgery.", 1, false)));

			assertThat(measures.syllables()).isEqualTo(16);
			assertThat(measures.grade()).isCloseTo(7.143, within(0.001));
			assertThat(measures.averageSentence()).isEqualTo(4.5);
		}

		@Test
		void longWordsAndLongSentencesRaiseIt() {
			TextMeasures plain = TextMeasures.of(List.of(new Passage("The drug can help. It can also harm.", 1, false)));
			TextMeasures dense = TextMeasures.of(List.of(new Passage(
					"Subanaesthetic intravenous administration demonstrated statistically significant antidepressant "
							+ "efficacy relative to pharmacologically active comparators.", 1, false)));

			assertThat(plain.grade()).isLessThan(2);
			assertThat(dense.grade()).isGreaterThan(20);
		}

	}

	@Nested
	class SentenceSplitting {

		@Test
		void abbreviationsInitialsAndDecimalsDoNotEndASentence() {
			List<Sentence> sentences = Sentences.of(new Passage(
					"Trials, e.g. one by Zarate et al. in 2006, found 27.1% vs 17.6% of J. Smith's patients improved. "
							+ "Most did not!\nWhy? Nobody knows",
					10, false));

			assertThat(sentences).extracting((sentence) -> sentence.words().size(), Sentence::line)
				.containsExactly(tuple(18, 10), tuple(3, 10), tuple(1, 11), tuple(2, 11));
		}

	}

	@Nested
	class Passages {

		@Test
		void keyPointsAndBodyLeaveOutHeadingsTablesFiguresAndCitations() {
			MarkdownSource<Void> source = new MarkdownSource<>("x.md", null, """
					## Key points

					- One point.[@smith2020]
					- Two *points*.[@jones2021]
					- Three [points](/alpha).[@brown2022]

					The body.[@smith2020]

					## A heading

					| Table | words |
					| --- | --- |
					| not | counted |

					{{timeline}}

					> A quoted line.
					""", 13, Map.of());

			SectionText text = SectionText.of(source);

			assertThat(text.keyPoints()).extracting(Passage::text, Passage::line)
				.containsExactly(tuple("One point.", 15), tuple("Two points.", 16), tuple("Three points.", 17));
			assertThat(text.body()).extracting(Passage::text, Passage::quotation)
				.containsExactly(tuple("The body.", false), tuple("A quoted line.", true));
		}

	}

	@Nested
	class Repeats {

		private static final String RUN = "the same twelve words appear in this sentence of both sections here";

		@Test
		void aRunOfTwelveWordsInTwoSectionsIsFoundWithBothLines() {
			Map<String, List<Passage>> sections = new LinkedHashMap<>();
			sections.put("a.md", List.of(new Passage("First " + RUN + " and more.", 3, false)));
			sections.put("b.md", List.of(new Passage("Other words.", 5, false),
					new Passage("Then\n" + RUN.toUpperCase() + ", said again.", 7, false)));

			assertThat(RepeatedPassages.of(sections)).containsExactly(new RepeatedPassage(
					"THE SAME TWELVE WORDS APPEAR IN THIS SENTENCE OF BOTH SECTIONS HERE", "a.md", 3, "b.md", 8));
		}

		@Test
		void elevenWordsQuotationsAndOneSectionAreAllowed() {
			String eleven = "one two three four five six seven eight nine ten eleven";
			Map<String, List<Passage>> sections = new LinkedHashMap<>();
			sections.put("a.md", List.of(new Passage(eleven + ". " + RUN + ". " + RUN + ".", 1, false),
					new Passage("As quoted: “" + RUN + "”.", 2, false)));
			sections.put("b.md", List.of(new Passage(eleven + " twelve.", 1, false),
					new Passage("They wrote “" + RUN + "”.", 2, false), new Passage(RUN, 3, true)));

			assertThat(RepeatedPassages.of(sections)).isEmpty();
		}

	}

	@Nested
	class Limits {

		@TempDir
		Path directory;

		@Test
		void eachBrokenLimitIsAProblemWithFileAndLine() {
			TestContent content = TestContent.in(directory);
			content.section("01-alpha.md", "alpha", 1, """
					## Key points

					- Subanaesthetic intravenous administration demonstrated statistically significant efficacy.[@smith2020]
					- Another point.[@jones2021]
					- A third point.[@brown2022]

					Short body.[@smith2020]
					""");

			EditorialReport report = EditorialReport.of(new ArticleRenderer().render(content.load(), LayoutIds.NONE));

			assertThat(report.problems()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.contains(tuple(TestContent.ALPHA, 13, "key points"), tuple(TestContent.ALPHA, 13, "length"),
						tuple(TestContent.ALPHA, 13, "sources"));
			assertThat(report.sections().get(0).sources()).isEqualTo(3);
			assertThat(report.sections().get(0).body().words()).isEqualTo(2);
		}

		@Test
		void aReferenceCitedOnlyInTheFactsBoxIsCited() {
			TestContent content = TestContent.in(directory);
			content.section("02-beta.md", "beta", 2, "Beta text.[@smith2020]\n");

			assertThat(EditorialReport.of(new ArticleRenderer().render(content.load(), LayoutIds.NONE)).uncited())
				.containsExactly("brown2022");
			content.write("facts.yaml", """
					facts:
					  - label: Drug class
					    values:
					      - text: An anaesthetic
					        cite: [brown2022]
					""");
			assertThat(EditorialReport.of(new ArticleRenderer().render(content.load(), LayoutIds.NONE)).uncited()).isEmpty();
		}

	}

}
