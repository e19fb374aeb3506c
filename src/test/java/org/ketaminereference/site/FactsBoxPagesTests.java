package org.ketaminereference.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.TestContent;

import static org.assertj.core.api.Assertions.assertThat;

/** The "At a glance" box of facts.yaml as readers meet it: on the landing page and the one-page article. */
class FactsBoxPagesTests {

	private static final String FACTS = """
			facts:
			  - label: Drug class
			    values:
			      - text: An anaesthetic <b>with</b> care
			        cite: [jones2021]
			  - label: Brand names
			    values:
			      - text: Firstname
			        cite: [smith2020]
			      - text: Secondname
			        cite: [jones2021, smith2020]
			""";

	@TempDir
	Path directory;

	private TestContent content;

	@BeforeEach
	void write() {
		content = TestContent.linked(directory);
	}

	@Test
	void followTheLeadOnTheLandingPageAsADefinitionListWithNumberedCitations() {
		Document page = page(build(FACTS), "/");

		Element box = page.selectFirst("section.facts");
		assertThat(box.previousElementSibling().id()).isEqualTo("lead");
		assertThat(box.attr("aria-labelledby")).isEqualTo("at-a-glance");
		assertThat(box.selectFirst("h2#at-a-glance").ownText()).isEqualTo("At a glance");
		Element list = box.selectFirst("dl.facts-list");
		assertThat(list.children().stream().map(Element::tagName).toList()).containsExactly("dt", "dd", "dt", "dd", "dd");
		assertThat(list.select("dt").eachText()).containsExactly("Drug class", "Brand names");
		// Text from the file is text, never markup.
		assertThat(list.selectFirst("dd").select("b")).isEmpty();
		assertThat(list.selectFirst("dd").text()).startsWith("An anaesthetic <b>with</b> care");
		// Numbered on from the lead's citations, and listed in the page's references.
		List<String> leadNumbers = page.select("#lead sup.citation a").eachText();
		Element secondBrand = list.select("dd").get(2);
		assertThat(secondBrand.select("sup.citation a").eachAttr("href")).containsExactly("#ref-jones2021",
				"#ref-smith2020");
		assertThat(page.select("#lead sup.citation a[href=#ref-smith2020]").first().text())
			.isEqualTo(secondBrand.select("sup.citation a").get(1).text());
		assertThat(leadNumbers).doesNotContain(secondBrand.select("sup.citation a").get(0).text());
		assertThat(page.getElementById("ref-jones2021")).isNotNull();
	}

	@Test
	void openTheOnePageArticleWithItsCitationsNumberedFirstAndAnEntryInTheContents() {
		Document page = page(build(FACTS), "/article");

		Element box = page.selectFirst("article.whole-article > section.facts");
		assertThat(box.nextElementSibling().is("section.article-part")).isTrue();
		assertThat(box.select("sup.citation a").eachText()).containsExactly("1", "2", "1", "2");
		assertThat(page.select(".toc-wide a").first().attr("href")).isEqualTo("#at-a-glance");
		Set<String> ids = new HashSet<>();
		page.select("[id]").forEach((element) -> assertThat(ids.add(element.id())).as(element.id()).isTrue());
	}

	@Test
	void isAbsentWithoutTheFile() {
		SiteSnapshot site = build(null);

		assertThat(page(site, "/").select(".facts, #at-a-glance")).isEmpty();
		assertThat(page(site, "/article").select(".facts, #at-a-glance, a[href=#at-a-glance]")).isEmpty();
	}

	private SiteSnapshot build(String facts) {
		if (facts != null) {
			content.write("facts.yaml", facts);
		}
		return new SiteBuilder().build(
				SiteArticle.load(content.directory()),
				new ReferenceProperties(content.directory(), "https://example.org", false, null, null));
	}

	private static Document page(SiteSnapshot site, String path) {
		return Jsoup.parse(new String(site.pages().get(path).body(), StandardCharsets.UTF_8));
	}

}
