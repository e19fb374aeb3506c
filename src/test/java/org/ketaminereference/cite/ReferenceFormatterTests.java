package org.ketaminereference.cite;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ketaminereference.content.Evidence;
import org.ketaminereference.content.Issued;
import org.ketaminereference.content.Reference;
import org.ketaminereference.content.ReferenceName;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceFormatterTests {

	private static List<Reference> realReferences;

	private static Map<String, String> real;

	@BeforeAll
	static void formatTheRealBibliography() {
		realReferences = SiteArticle.contentLoader().load(Path.of("content")).references();
		real = ReferenceFormatter.format(realReferences, CitationStyle.AMA);
	}

	private static Element entry(Map<String, String> formatted, String id) {
		assertThat(formatted).containsKey(id);
		return Jsoup.parseBodyFragment(formatted.get(id)).body();
	}

	@Nested
	class RealBibliography {

		@Test
		void bermanFormatsExactlyInAmaStyle() {
			assertThat(entry(real, "berman2000").text()).isEqualTo("Berman RM, Cappiello A, Anand A, et al. "
					+ "Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. "
					+ "2000;47(4):351-354. doi:10.1016/S0006-3223(99)00230-9");
		}

		/** The margin notes show it (site.js): one title per entry, never a guess. */
		@Test
		void everyEntrysTitleIsItsOneCiteElement() {
			for (Reference reference : realReferences) {
				assertThat(entry(real, reference.id()).select("cite")).as(reference.id())
					.singleElement()
					.extracting((cite) -> cite.text().replace('\u2018', '\'').replace('\u2019', '\''))
					.asString()
					.isEqualToIgnoringCase(reference.title());
			}
			assertThat(entry(real, "mercer2009").selectFirst("cite").text()).startsWith("\u2018The Drug of War\u2019");
		}

		@Test
		void journalIsInItalics() {
			assertThat(entry(real, "berman2000").select("i")).extracting(Element::text)
				.containsExactly("Biol Psychiatry");
		}

		@Test
		void doiIsAnExternalLink() {
			Element link = entry(real, "berman2000").selectFirst("a[href]");

			assertThat(link).isNotNull();
			assertThat(link.attr("href")).isEqualTo("https://doi.org/10.1016/S0006-3223(99)00230-9");
			assertThat(link.text()).isEqualTo("10.1016/S0006-3223(99)00230-9");
			assertThat(link.attr("rel").split(" ")).contains("noopener", "noreferrer");
		}

		@Test
		void fiveAuthorsAreAllListed() {
			assertThat(entry(real, "krystal2019").text())
				.startsWith("Krystal JH, Abdallah CG, Sanacora G, Charney DS, Duman RS. Ketamine:")
				.doesNotContain("et al");
		}

		@Test
		void everyEntryIsFormattedWithoutInlineStylesOrNumbers() {
			assertThat(real.keySet())
				.containsExactlyInAnyOrderElementsOf(realReferences.stream().map(Reference::id).toList());
			real.forEach((id, html) -> {
				Element entry = Jsoup.parseBodyFragment(html).body();
				assertThat(entry.select("[style]")).as(id).isEmpty();
				assertThat(entry.select("[class]")).as(id).isEmpty();
				assertThat(entry.text()).as(id).isNotBlank().doesNotContainPattern("^\\d+\\.").doesNotContain("Unknown");
			});
		}

		/** The one exception is a checked address the source itself serves over http (who2015ecdd). */
		@Test
		void everyLinkIsHttpsUnlessTheCheckedUrlIsHttp() {
			Map<String, String> urls = new HashMap<>();
			realReferences.stream().filter((reference) -> reference.url() != null)
				.forEach((reference) -> urls.put(reference.id(), reference.url()));
			real.forEach((id, html) -> assertThat(Jsoup.parseBodyFragment(html).body().select("a").eachAttr("href")).as(id)
				.allSatisfy((href) -> assertThat(href.startsWith("https://") || href.equals(urls.get(id)))
					.as("%s in %s", href, id)
					.isTrue()));
			assertThat(urls.values()).filteredOn((url) -> url.startsWith("http://")).hasSize(1);
		}

	}

	@Nested
	class AuthorLists {

		@Test
		void truncatedListOfThreeEndsWithEtAl() {
			assertThat(format(reference(true, "First", "Second", "Third")))
				.startsWith("First A, Second A, Third A, et al. A title.");
		}

		@Test
		void truncatedListOfSixShowsTheFirstThree() {
			assertThat(format(reference(true, "One", "Two", "Three", "Four", "Five", "Six")))
				.startsWith("One A, Two A, Three A, et al. A title.");
		}

		@Test
		void truncatedListOfOneEndsWithEtAlAndInventsNoNames() {
			assertThat(format(reference(true, "Solo"))).startsWith("Solo A, et al. A title.");
		}

		@Test
		void truncatedListOfTwoEndsWithEtAlAndInventsNoNames() {
			assertThat(format(reference(true, "First", "Second"))).startsWith("First A, Second A, et al. A title.");
		}

		@Test
		void sixAuthorsAreAllListed() {
			assertThat(format(reference(false, "One", "Two", "Three", "Four", "Five", "Six")))
				.startsWith("One A, Two A, Three A, Four A, Five A, Six A. A title.");
		}

		@Test
		void sevenAuthorsShowTheFirstThree() {
			assertThat(format(reference(false, "One", "Two", "Three", "Four", "Five", "Six", "Seven")))
				.startsWith("One A, Two A, Three A, et al. A title.");
		}

		@Test
		void organisationAsAuthor() {
			Reference reference = new Reference("org2020", "report",
					List.of(new ReferenceName(null, null, null, "World Health Organization")), "A title", null,
					null, new Issued(List.of(List.of(2020))), null, null, null, null, null, null,
					"https://example.org/report", null, null, null, Evidence.CONSENSUS, null, null);

			assertThat(format(reference)).startsWith("World Health Organization. ");
		}

		private static String format(Reference reference) {
			return entry(ReferenceFormatter.format(List.of(reference), CitationStyle.AMA), reference.id()).text();
		}

		private static Reference reference(boolean truncated, String... families) {
			List<ReferenceName> authors = Arrays.stream(families)
				.map((family) -> new ReferenceName(family, "A.", null, null))
				.toList();
			return new Reference("test2020", "article-journal", authors, "A title", "Journal of Tests", "J Tests",
					new Issued(List.of(List.of(2020))), "1", "2", "3-4", "10.1000/test", null, null, null, null, null,
					null, Evidence.RCT, truncated, null);
		}

	}

}
