package org.ketaminereference.render;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.TestContent;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;

class CitationNumberingTests {

	@TempDir
	Path directory;

	TestContent content;

	@BeforeEach
	void writeValidContent() {
		content = TestContent.in(directory);
	}

	@Nested
	class SingleFragmentPage {

		private CitationNumbering page;

		private Element body;

		@BeforeEach
		void numberOneSection() {
			content.section("01-alpha.md", "alpha", 1,
					"First.[@jones2021] Second.[@smith2020; @brown2022]\n\nAgain.[@jones2021] And.[@brown2022]\n");
			RenderedArticle article = Rendering.render(content);
			page = new CitationNumbering(article);
			body = Rendering.parse(article.sections().get(0).body().html());
			page.number(body);
		}

		@Test
		void markersAreNumberedInOrderOfFirstCitationAndReuseNumbers() {
			assertThat(body.select("sup.citation")).extracting(Element::text)
				.containsExactly("[1]", "[2, 3]", "[1]", "[3]");
		}

		@Test
		void eachNumberLinksToItsReference() {
			assertThat(body.select("sup.citation a")).extracting((a) -> a.text() + " " + a.attr("href"))
				.containsExactly("1 #ref-jones2021", "2 #ref-smith2020", "3 #ref-brown2022", "1 #ref-jones2021",
						"3 #ref-brown2022");
		}

		@Test
		void eachMarkerLinkHasItsOwnId() {
			List<String> ids = body.select("sup.citation a").eachAttr("id");

			assertThat(ids).containsExactly("cite-1", "cite-2", "cite-3", "cite-4", "cite-5");
			assertThat(body.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
		}

		@Test
		void noPlaceholderIsLeft() {
			assertThat(body.select("[data-cite]")).isEmpty();
			assertThat(body.text()).doesNotContain("[@");
		}

		@Test
		void referencesAreListedByNumberWithTheIdsOfTheirMarkers() {
			List<CitedReference> references = page.references();

			assertThat(references).extracting(CitedReference::number).containsExactly(1, 2, 3);
			assertThat(references).extracting((cited) -> cited.reference().id())
				.containsExactly("jones2021", "smith2020", "brown2022");
			assertThat(references).extracting(CitedReference::anchor)
				.containsExactly("ref-jones2021", "ref-smith2020", "ref-brown2022");
			assertThat(references.get(0).citationIds()).containsExactly("cite-1", "cite-4");
			assertThat(references.get(1).citationIds()).containsExactly("cite-2");
			assertThat(references.get(2).citationIds()).containsExactly("cite-3", "cite-5");
			assertThat(references).allSatisfy((cited) -> assertThat(cited.formatted()).isNotBlank());
		}

		@Test
		void everyMarkerIdIsListedByItsReference() {
			List<String> listed = page.references().stream().flatMap((cited) -> cited.citationIds().stream()).toList();

			assertThat(listed).containsExactlyInAnyOrderElementsOf(body.select("sup.citation a").eachAttr("id"));
		}

	}

	@Nested
	class PageOfSeveralFragments {

		@Test
		void numbersAndIdsContinueAcrossFragments() {
			// Lead cites smith2020, alpha jones2021, beta smith2020 and brown2022.
			RenderedArticle article = Rendering.render(content);
			CitationNumbering numbering = new CitationNumbering(article);

			Element lead = numbered(numbering, article.lead());
			Element alpha = numbered(numbering, article.sections().get(0).body());
			Element beta = numbered(numbering, article.sections().get(1).body());

			assertThat(lead.select("sup.citation").text()).isEqualTo("[1]");
			assertThat(alpha.select("sup.citation").text()).isEqualTo("[2]");
			assertThat(beta.select("sup.citation").text()).isEqualTo("[1, 3]");
			assertThat(beta.select("sup.citation a").eachAttr("id")).containsExactly("cite-3", "cite-4");
			assertThat(numbering.references()).extracting((cited) -> cited.reference().id())
				.containsExactly("smith2020", "jones2021", "brown2022");
			assertThat(numbering.references().get(0).citationIds()).containsExactly("cite-1", "cite-3");
		}

		@Test
		void separatePagesNumberFromOne() {
			RenderedArticle article = Rendering.render(content);

			CitationNumbering beta = new CitationNumbering(article);

			assertThat(numbered(beta, article.sections().get(1).body()).select("sup.citation").text()).isEqualTo("[1, 2]");
			assertThat(beta.references()).extracting(CitedReference::number).containsExactly(1, 2);
		}

	}

	@Nested
	class RealArticle {

		@Test
		void everyCitationOfTheOnePageArticleGetsAUniqueIdAndAKnownReference() {
			RenderedArticle article = new ArticleRenderer()
				.render(SiteArticle.contentLoader().load(Path.of("content")), LayoutIds.NONE);
			CitationNumbering numbering = new CitationNumbering(article);
			StringBuilder page = new StringBuilder(numbered(numbering, article.lead()).html());
			article.sections().forEach((section) -> page.append(numbered(numbering, section.body()).html()));

			Element body = Rendering.parse(page.toString());
			List<String> markerIds = body.select("sup.citation a").eachAttr("id");
			assertThat(markerIds).isNotEmpty().doesNotHaveDuplicates();
			assertThat(numbering.references()).allSatisfy((cited) -> {
				assertThat(cited.reference()).isNotNull();
				assertThat(cited.formatted()).isNotBlank();
			});
			assertThat(numbering.references().stream().mapToInt((cited) -> cited.citationIds().size()).sum())
				.isEqualTo(markerIds.size());
		}

	}

	/** The fragment, parsed and numbered on from the fragments numbered before it. */
	private static Element numbered(CitationNumbering numbering, RenderedFragment fragment) {
		Element body = Rendering.parse(fragment.html());
		numbering.number(body);
		return body;
	}

	/** Pandoc's syntax beyond [@key]: locators, prefixes and suffixes, narrative citations. */
	@Nested
	class PandocSyntax {

		private Element numbered(String markdown) {
			content.section("01-alpha.md", "alpha", 1, markdown);
			RenderedArticle article = Rendering.render(content);
			Element body = Rendering.parse(article.sections().get(0).body().html());
			new CitationNumbering(article).number(body);
			return body;
		}

		/** As citeproc-java prints them with the official AMA style: a range takes an en dash. */
		@Test
		void aLocatorFollowsTheNumberAsAmaPrintsIt() {
			Element body = numbered("One.[@jones2021, p. 33] Two.[@smith2020, pp. 33-35] Three.[@jones2021, fig. 2]"
					+ " Four.[@brown2022, chap. 4] Five.[@smith2020, 12]\n");

			assertThat(body.select("sup.citation")).extracting(Element::text)
				.containsExactly("[1(p33)]", "[2(pp33\u201335)]", "[1(fig2)]", "[3(chap4)]", "[2(p12)]");
			assertThat(body.select("sup.citation a")).extracting(Element::text).containsExactly("1", "2", "1", "3", "2");
		}

		@Test
		void prefixesAndSuffixesStayAroundTheirNumbers() {
			Element body = numbered("Text.[see @jones2021; @smith2020, p. 4 and elsewhere]\n");

			Element marker = body.selectFirst("sup.citation");
			assertThat(marker.text()).isEqualTo("[see 1, 2(p4) and elsewhere]");
			assertThat(marker.select("a")).extracting((a) -> a.attr("href"))
				.containsExactly("#ref-jones2021", "#ref-smith2020");
		}

		@Test
		void aNarrativeCitationNamesTheAuthorsBeforeItsNumber() {
			Element body = numbered("As @jones2021 showed, it works. @smith2020 [p. 7] disagrees.\n");

			assertThat(body.selectFirst("p").text()).startsWith("As Jones\u2060[1] showed, it works. Smith\u2060[2(p7)] disagrees.");
			assertThat(body.select("sup.citation a")).extracting((a) -> a.attr("href"))
				.containsExactly("#ref-jones2021", "#ref-smith2020");
			assertThat(body.select("[data-cite], [data-citation]")).isEmpty();
		}

		@Test
		void anAddressOrAWordWithAnAtSignIsNoCitation() {
			Element body = numbered("Write to someone@example.org.[@jones2021]\n");

			assertThat(body.select("sup.citation")).hasSize(1);
			assertThat(body.selectFirst("p").text()).contains("someone@example.org");
		}

	}

}
