package org.ketaminereference.render;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.TestContent;
import org.ketaminereference.content.TestFigures;

import static org.assertj.core.api.Assertions.assertThat;

/** Figure placeholders in the Markdown become figures whose citations the page numbers like any other. */
class FigurePlacementTests {

	@TempDir
	Path directory;

	TestContent content;

	@BeforeEach
	void writeContentWithFigureData() {
		content = TestFigures.addTo(TestContent.in(directory));
	}

	@Test
	void aPlaceholderParagraphIsReplacedByItsFigure() {
		Element body = Rendering.firstSection(content, "Before.[@jones2021]\n\n{{timeline}}\n\nAfter.[@jones2021]\n");

		assertThat(body.children()).extracting(Element::tagName).containsExactly("p", "figure", "p");
		assertThat(body.selectFirst("figure").hasClass("figure-timeline")).isTrue();
		assertThat(body.text()).doesNotContain("{{", "}}", "[@");
	}

	@Test
	void figureCitationsBecomeCitationPlaceholders() {
		Element body = Rendering.firstSection(content, "{{timeline}}\n\n{{mechanisms-diagram}}\n");

		assertThat(body.select("figure ol > li")).allSatisfy(
				(item) -> assertThat(item.select("sup.citation[data-cite]")).hasSize(1));
		assertThat(body.select("figure ol > li sup.citation").eachAttr("data-cite")).containsExactly("smith2020",
				"jones2021 brown2022");
		assertThat(body.select("figure ul > li sup.citation").eachAttr("data-cite")).containsExactly("smith2020",
				"jones2021", "brown2022");
		assertThat(body.select("svg sup")).as("no citation inside a picture").isEmpty();
	}

	@Test
	void thePageNumbersFigureCitationsWithItsOwn() {
		content.section("01-alpha.md", "alpha", 1, "First.[@jones2021]\n\n{{timeline}}\n");
		RenderedArticle article = Rendering.render(content);

		CitationNumbering page = new CitationNumbering(article);
		Element body = Rendering.parse(article.sections().get(0).body().html());
		page.number(body);

		assertThat(page.references()).extracting((cited) -> cited.reference().id())
			.containsExactly("jones2021", "smith2020", "brown2022");
		assertThat(body.select("figure li sup.citation a[role=doc-noteref]").eachText()).containsExactly("2", "1", "3");
		assertThat(page.references().get(0).citationIds()).as("jones2021 is cited in the text and in the figure")
			.hasSize(2);
	}

	@Test
	void anEvidenceTableScrollsInARegionNamedByItsCaption() {
		Element body = Rendering.firstSection(content, "Text.[@jones2021]\n\n{{evidence-table: trials}}\n");

		Element region = body.selectFirst("div.table-wrap[role=region][tabindex=0]");
		assertThat(region).isNotNull();
		Element caption = region.selectFirst("table.evidence-table > caption");
		assertThat(caption.text()).isEqualTo("The trials");
		assertThat(region.attr("aria-labelledby")).isEqualTo(caption.id());
		assertThat(region.hasAttr("aria-label")).isFalse();
		assertThat(region.select("tbody th[scope=row] sup.citation").eachAttr("data-cite")).containsExactly("smith2020",
				"jones2021");
	}

	@Test
	void figuresLeaveHeadingIdsAsTheyWere() {
		String headings = "## Timeline\n\nText.[@jones2021]\n\n## Fig- notes\n\nText.[@jones2021]\n";
		List<Heading> without = headingsOf(headings);

		List<Heading> with = headingsOf("{{timeline}}\n\n" + headings + "\n{{timeline}}\n");

		assertThat(with).isEqualTo(without);
		assertThat(with).extracting(Heading::id).containsExactly("timeline", "h-fig-notes");
	}

	@Test
	void aFigureOnTheLeadAndInASectionGetsDistinctIds() {
		content.write("article.md", TestContent.article("Lead.[@smith2020]\n\n{{timeline}}\n"));
		content.section("01-alpha.md", "alpha", 1, "{{timeline}}\n");
		RenderedArticle article = Rendering.render(content);

		List<String> leadIds = Rendering.parse(article.lead().html()).select("[id]").eachAttr("id");
		List<String> sectionIds = Rendering.parse(article.sections().get(0).body().html()).select("[id]").eachAttr("id");

		assertThat(leadIds).isNotEmpty().doesNotContainAnyElementsOf(sectionIds);
	}

	private List<Heading> headingsOf(String markdown) {
		content.section("01-alpha.md", "alpha", 1, markdown);
		return Rendering.render(content).sections().get(0).body().headings();
	}

}
