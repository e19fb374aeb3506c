package org.ketaminereference.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.TestContent;
import org.ketaminereference.search.SearchHit;

import static org.assertj.core.api.Assertions.assertThat;

/** Key points as readers meet them: on section pages, the landing page, the one-page article and in search. */
class KeyPointsPagesTests {

	private static final String KEY_POINTS = """
			## Key points

			- The %1$s point about zebras.[@jones2021]
			- A second point.[@smith2020]
			- A third point.[@brown2022]

			The %1$s lead.[@smith2020]

			## The %1$s details

			More.[@jones2021]
			""";

	@TempDir
	Path directory;

	private SiteSnapshot site;

	@BeforeEach
	void build() {
		TestContent content = TestContent.in(directory);
		content.write(TestContent.ARTICLE, TestContent.article(KEY_POINTS.formatted("article")));
		content.section("01-alpha.md", "alpha", 1, KEY_POINTS.formatted("alpha"));
		content.section("02-beta.md", "beta", 2, KEY_POINTS.formatted("beta"));
		site = new SiteBuilder().build(
				SiteArticle.load(content.directory()),
				new ReferenceProperties(content.directory(), "https://example.org", false, null, null));
	}

	@Test
	void openEachSectionPageAsAHeadingAndAList() {
		Document page = page("/alpha");

		Element heading = page.selectFirst(".prose > h2");
		assertThat(heading.id()).isEqualTo("key-points");
		assertThat(heading.ownText()).isEqualTo("Key points");
		Element list = heading.nextElementSibling();
		assertThat(list.is("ul.key-points")).isTrue();
		assertThat(list.child(0).text()).startsWith("The alpha point about zebras.");
		// The page numbers its citations from the key points on.
		assertThat(list.select("sup.citation a").first().text()).isEqualTo("1");
		assertThat(page.select(".toc-wide a").first().attr("href")).isEqualTo("#key-points");
	}

	@Test
	void openTheLandingPage() {
		Document page = page("/");

		assertThat(page.select("#lead > h2#key-points + ul.key-points > li")).hasSize(3);
	}

	@Test
	void takeEachSectionsSlugOnTheOnePageArticle() {
		Document page = page("/article");

		assertThat(page.getElementById("key-points")).isNull();
		for (String slug : new String[] { "alpha", "beta" }) {
			Element heading = page.getElementById("key-points-" + slug);
			assertThat(heading).as(slug).isNotNull();
			assertThat(heading.closest("section.article-part").attr("aria-labelledby")).isEqualTo(slug);
			assertThat(heading.nextElementSibling().is("ul.key-points")).isTrue();
			assertThat(page.select(".toc-wide a[href=#key-points-" + slug + "]")).hasSize(1);
		}
		Set<String> ids = new HashSet<>();
		page.select("[id]").forEach((element) -> assertThat(ids.add(element.id())).as(element.id()).isTrue());
	}

	@Test
	void areFoundBySearchUnderTheirHeading() {
		SearchHit hit = site.search().search("zebras").hits().stream()
			.filter((found) -> found.sectionPath().equals("/beta"))
			.findFirst()
			.orElseThrow();

		assertThat(hit.heading()).isEqualTo("Key points");
		assertThat(hit.href()).isEqualTo("/beta#key-points");
	}

	private Document page(String path) {
		return Jsoup.parse(new String(site.pages().get(path).body(), StandardCharsets.UTF_8));
	}

}
