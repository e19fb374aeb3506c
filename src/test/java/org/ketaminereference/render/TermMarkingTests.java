package org.ketaminereference.render;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ketaminereference.content.Content;
import org.ketaminereference.content.GlossaryTerm;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;

class TermMarkingTests {

	private static final GlossaryTerm PLACEBO = new GlossaryTerm("Placebo", null, List.of("placebos"),
			"A dummy treatment.");

	private static final GlossaryTerm ACTIVE_PLACEBO = new GlossaryTerm("Active placebo", null, List.of(),
			"A comparison with effects of its own.");

	private static final GlossaryTerm PTSD = new GlossaryTerm("Post-traumatic stress disorder", "PTSD", List.of(),
			"A condition that can follow a frightening event.");

	private static final GlossaryTerm NMDA = new GlossaryTerm("NMDA receptor", null, List.of("NMDA receptors"),
			"A receptor for glutamate.");

	private final Glossary glossary = new Glossary(List.of(PLACEBO, ACTIVE_PLACEBO, PTSD, NMDA));

	private Element mark(String html) {
		return marked(new TermMarking(glossary), html);
	}

	@Nested
	class WhatIsMarked {

		@Test
		void theFirstUseBecomesALinkToTheGlossaryDescribedByTheDefinition() {
			Element body = mark("<p>A placebo is given.</p>");

			Element link = body.selectFirst("a.term");
			assertThat(link.attr("href")).isEqualTo("/glossary#term-placebo");
			assertThat(link.attr("aria-describedby")).isEqualTo("term-placebo");
			assertThat(link.select("dfn").text()).isEqualTo("placebo");
			assertThat(body.text()).isEqualTo("A placebo is given.");
		}

		@Test
		void onlyTheFirstUseOnThePageIsMarked() {
			Element body = mark("<p>A placebo, then placebos.</p><p>Another placebo.</p>");

			assertThat(body.select("a.term")).hasSize(1);
			assertThat(body.select("p").first().select("a.term").text()).isEqualTo("placebo");
		}

		@Test
		void theFirstUseCountsAcrossTheFragmentsOfOnePage() {
			TermMarking page = new TermMarking(glossary);

			Element first = marked(page, "<p>No terms here.</p>");
			Element second = marked(page, "<p>Placebos and PTSD.</p>");
			Element third = marked(page, "<p>A placebo and PTSD again.</p>");

			assertThat(first.select("a.term")).isEmpty();
			assertThat(second.select("a.term")).extracting(Element::text).containsExactly("Placebos", "PTSD");
			assertThat(third.select("a.term")).isEmpty();
			assertThat(page.terms()).containsExactly(PLACEBO, PTSD);
		}

		@Test
		void anAliasAndACapitalisedFirstLetterCount() {
			assertThat(mark("<p>Placebos were given.</p>").select("a.term").text()).isEqualTo("Placebos");
		}

		@Test
		void anAbbreviationIsAnAbbrWithItsExpansion() {
			Element abbr = mark("<p>People with PTSD.</p>").selectFirst("a.term > abbr");

			assertThat(abbr.text()).isEqualTo("PTSD");
			assertThat(abbr.attr("title")).isEqualTo("Post-traumatic stress disorder");
		}

		@Test
		void theLongestFormWins() {
			Element body = mark("<p>An active placebo.</p>");

			assertThat(body.select("a.term")).extracting((link) -> link.attr("href"))
				.containsExactly("/glossary#term-active-placebo");
		}

		@Test
		void severalTermsInOneSentence() {
			Element body = mark("<p>The NMDA receptors of people with PTSD, against placebo.</p>");

			assertThat(body.select("a.term")).extracting(Element::text).containsExactly("NMDA receptors", "PTSD", "placebo");
			assertThat(body.text()).isEqualTo("The NMDA receptors of people with PTSD, against placebo.");
		}

		@Test
		void termsInListsAndTableCellsAreMarked() {
			assertThat(mark("<ul><li>A placebo.</li></ul>").select("li a.term")).hasSize(1);
			assertThat(mark("<table><tr><td>PTSD</td></tr></table>").select("td a.term")).hasSize(1);
		}

	}

	@Nested
	class WhatIsLeftAlone {

		@Test
		void headingsLinksCodeAndCitationMarkersAreSkipped() {
			Element body = mark("<h2 id=\"x\">Placebo</h2><h3 id=\"y\">PTSD</h3>"
					+ "<p><a href=\"/x\">placebo</a> <code>PTSD</code> <sup class=\"citation\">placebo</sup></p>"
					+ "<table><tr><th>placebo</th></tr></table><p>Then a placebo.</p>");

			assertThat(body.select("a.term")).hasSize(1);
			assertThat(body.selectFirst("a.term").parent().text()).isEqualTo("Then a placebo.");
			assertThat(body.select("h2, h3, code, th").select("a.term")).isEmpty();
		}

		@Test
		void figuresAreSkippedSoThatTheMarkIsInTheText() {
			Element body = mark("<figure><figcaption>A placebo</figcaption><svg><text>placebo</text></svg>"
					+ "<details><ol><li>PTSD</li></ol></details></figure><p>A placebo and PTSD.</p>");

			assertThat(body.select("figure a.term")).isEmpty();
			assertThat(body.select("p a.term")).hasSize(2);
		}

		@Test
		void partOfALongerWordIsNotTheTerm() {
			Element body = mark("<p>Placebo-controlled trials of nonPTSD and PTSDs, and rem PTSDx.</p>");

			assertThat(body.select("a.term")).isEmpty();
		}

		@Test
		void caseMattersAfterTheFirstLetter() {
			assertThat(mark("<p>Ptsd and nmda receptor.</p>").select("a.term")).isEmpty();
		}

		@Test
		void markupInTheTextSurvives() {
			Element body = mark("<p><strong>Bold</strong> placebo &amp; <em>PTSD</em> &lt;b&gt;</p>");

			assertThat(body.select("strong").text()).isEqualTo("Bold");
			assertThat(body.select("em > a.term").text()).isEqualTo("PTSD");
			assertThat(body.text()).isEqualTo("Bold placebo & PTSD <b>");
			assertThat(body.select("b")).isEmpty();
		}

		@Test
		void anEmptyGlossaryMarksNothing() {
			assertThat(marked(new TermMarking(new Glossary(List.of())), "<p>A placebo.</p>").select("a"))
				.isEmpty();
		}

	}

	@Test
	void theGlossaryIsListedAlphabeticallyWhateverTheCase() {
		GlossaryTerm mtor = new GlossaryTerm("mTOR", null, List.of(), "A protein.");

		assertThat(new Glossary(List.of(PTSD, mtor, PLACEBO, ACTIVE_PLACEBO)).alphabetical()).containsExactly(ACTIVE_PLACEBO,
				mtor, PLACEBO, PTSD);
	}

	@Test
	void onTheRealArticleTheRequiredTermsAreMarkedOnce() {
		Content content = SiteArticle.contentLoader().load(Path.of("content"));
		RenderedArticle article = new ArticleRenderer().render(content, LayoutIds.NONE);
		TermMarking page = new TermMarking(new Glossary(content.glossary()));
		StringBuilder html = new StringBuilder();
		article.sections().forEach((section) -> html.append(marked(page, section.body().html()).html()));
		Element body = Rendering.parse(html.toString());

		assertThat(page.terms()).extracting(GlossaryTerm::term)
			.contains("NMDA receptor", "Glutamate", "Brain-derived neurotrophic factor", "Mechanistic target of rapamycin",
					"Synaptogenesis", "Dissociation", "Enantiomer", "Treatment-resistant depression",
					"Post-traumatic stress disorder", "Risk Evaluation and Mitigation Strategy", "Midazolam",
					"Active placebo", "Open-label", "Randomised controlled trial", "Meta-analysis");
		assertThat(body.select("a.term")).hasSize(page.terms().size());
		assertThat(body.select(":is(h2, h3, a:not(.term), sup) a.term")).isEmpty();
	}

	/** The fragment, parsed and marked on from the fragments marked before it. */
	private static Element marked(TermMarking page, String html) {
		Element body = Rendering.parse(html);
		page.mark(body);
		return body;
	}

}
