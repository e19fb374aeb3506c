package org.ketaminereference.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketaminereference.content.Content;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.TestContent;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ArticleRendererTests {

	private static final String ALPHA = "sections/01-alpha.md";

	private static final String BETA = "sections/02-beta.md";

	private static final int BODY = TestContent.SECTION_BODY_FIRST_LINE;

	@TempDir
	Path directory;

	TestContent content;

	@BeforeEach
	void writeValidContent() {
		content = TestContent.in(directory);
	}

	private Element render(String markdown) {
		return Rendering.firstSection(content, markdown);
	}

	@Nested
	class RealContent {

		@Test
		void rendersWithUniqueHeadingIdsAcrossTheArticle() {
			Content real = SiteArticle.contentLoader().load(Path.of("content"));

			RenderedArticle article = new ArticleRenderer().render(real, new LayoutIds(Set.of("main"), Set.of(), Map.of()));

			assertThat(article.sections()).extracting(RenderedSection::slug)
				.containsExactly("history", "mental-health", "mechanisms", "risks", "esketamine");
			List<String> ids = new ArrayList<>(article.lead().headings().stream().map(Heading::id).toList());
			article.sections().forEach((section) -> section.body().headings().forEach((h) -> ids.add(h.id())));
			// Every page's key points are #key-points on that page; the one-page article renames them (KeyPoints).
			ids.removeIf(KeyPoints.ID::equals);
			assertThat(ids).isNotEmpty().doesNotHaveDuplicates().doesNotContain("main", "history", "risks");
			for (RenderedSection section : article.sections()) {
				Element body = Rendering.parse(section.body().html());
				assertThat(body.select("h2, h3")).isNotEmpty()
					.allSatisfy((heading) -> assertThat(heading.selectFirst("a.permalink[href=#" + heading.id() + "]"))
						.isNotNull());
			}
		}

	}

	@Nested
	class CitationPlaceholders {

		@Test
		void citationsBecomePlaceholdersWithTheirKeysInOrder() {
			Element body = render("One.[@jones2021] Two.[@smith2020; @brown2022]\n");

			assertThat(body.select("sup.citation")).extracting((sup) -> sup.attr("data-cite"))
				.containsExactly("jones2021", "smith2020 brown2022");
			assertThat(body.text()).doesNotContain("[@");
		}

		@Test
		void placeholdersAreNumberedPerPage() {
			content.section("01-alpha.md", "alpha", 1,
					"First.[@jones2021] Second.[@smith2020; @brown2022] Again.[@jones2021]\n");
			RenderedArticle article = Rendering.render(content);

			Element body = Rendering.parse(article.sections().get(0).body().html());
			new CitationNumbering(article).number(body);
			assertThat(body.select("sup.citation")).extracting(Element::text)
				.containsExactly("[1]", "[2, 3]", "[1]");
			assertThat(body.select("sup.citation a")).extracting((a) -> a.attr("href"))
				.containsExactly("#ref-jones2021", "#ref-smith2020", "#ref-brown2022", "#ref-jones2021");
			assertThat(body.select("[data-cite]")).isEmpty();
		}

		@Test
		void citationInInlineCodeIsAProblem() {
			content.section("01-alpha.md", "alpha", 1, "Text.\n\nWrite `[@smith2020]` to cite.\n");

			assertThat(Rendering.renderProblems(content))
				.extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(tuple(ALPHA, BODY + 2, "citation"));
		}

		@Test
		void citationInCodeBlockIsAProblem() {
			content.section("01-alpha.md", "alpha", 1, "Text.\n\n```\nsee [@smith2020]\n```\n");

			assertThat(Rendering.renderProblems(content))
				.extracting(ContentProblem::file, ContentProblem::field)
				.containsExactly(tuple(ALPHA, "citation"));
		}

		@Test
		void citationInLinkTextIsAProblem() {
			content.section("01-alpha.md", "alpha", 1, "See [the study [@smith2020]](https://example.org).\n");

			assertThat(Rendering.renderProblems(content))
				.extracting(ContentProblem::file, ContentProblem::field)
				.containsExactly(tuple(ALPHA, "citation"));
		}

	}

	@Nested
	class Headings {

		@Test
		void idsComeFromTheHeadingText() {
			Element body = render("## Dosing and safety\n\nText.\n\n### Side effects, in brief\n");

			assertThat(body.select("h2, h3")).extracting(Element::id)
				.containsExactly("dosing-and-safety", "side-effects-in-brief");
			assertThat(Rendering.render(content).sections().get(0).body().headings()).containsExactly(
					new Heading(2, "dosing-and-safety", "Dosing and safety"),
					new Heading(3, "side-effects-in-brief", "Side effects, in brief"));
		}

		@Test
		void explicitIdIsUsedAndRemovedFromTheText() {
			Element body = render("## Custom heading {#my-id}\n");

			Element heading = body.selectFirst("h2");
			assertThat(heading.id()).isEqualTo("my-id");
			assertThat(heading.ownText()).isEqualTo("Custom heading");
			assertThat(heading.text()).doesNotContain("{#", "my-id");
			assertThat(Rendering.render(content).sections().get(0).body().headings())
				.containsExactly(new Heading(2, "my-id", "Custom heading"));
		}

		@Test
		void explicitIdAfterEmphasis() {
			Element body = render("## Some *emphasis* here {#emphasis}\n");

			assertThat(body.selectFirst("h2").id()).isEqualTo("emphasis");
			assertThat(body.selectFirst("h2").text()).doesNotContain("{#");
		}

		@Test
		void everyHeadingHasAPermalink() {
			Element body = render("## First\n\n### Second {#second-id}\n");

			assertThat(body.select("h2, h3")).hasSize(2).allSatisfy((heading) -> {
				Element permalink = heading.selectFirst("a.permalink");
				assertThat(permalink).isNotNull();
				assertThat(permalink.attr("href")).isEqualTo("#" + heading.id());
				assertThat(permalink.attr("aria-label")).isNotBlank();
			});
		}

		@Test
		void duplicateGeneratedIdsAcrossSectionsGetASuffix() {
			content.section("01-alpha.md", "alpha", 1, "## Background\n");
			content.section("02-beta.md", "beta", 2, "## Background\n\n## Background\n");

			RenderedArticle article = Rendering.render(content);

			assertThat(article.sections().get(0).body().headings()).extracting(Heading::id)
				.containsExactly("background");
			assertThat(article.sections().get(1).body().headings()).extracting(Heading::id)
				.containsExactly("background-2", "background-3");
			assertThat(Rendering.parse(article.sections().get(1).body().html()).select("h2"))
				.extracting(Element::id)
				.containsExactly("background-2", "background-3");
		}

		@Test
		void headingIdsDoNotTakeASectionSlugOrALayoutId() {
			content.section("01-alpha.md", "alpha", 1, "## Beta\n\n## Main\n");

			RenderedArticle article = new ArticleRenderer().render(content.load(), new LayoutIds(Set.of("main"), Set.of(), Map.of()));

			assertThat(article.sections().get(0).body().headings()).extracting(Heading::id)
				.containsExactly("beta-2", "main-2");
		}

		@Test
		void duplicateExplicitIdIsAProblemWithFileAndLine() {
			content.section("01-alpha.md", "alpha", 1, "## One {#shared}\n");
			content.section("02-beta.md", "beta", 2, "Text.\n\n## Two {#shared}\n");

			List<ContentProblem> problems = Rendering.renderProblems(content);

			assertThat(problems).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(tuple(BETA, BODY + 2, "heading"));
			assertThat(problems.get(0).message()).contains("'shared'");
		}

		@Test
		void explicitIdTakenByAnEarlierGeneratedIdIsAProblem() {
			content.section("01-alpha.md", "alpha", 1, "## Background\n\n## Other {#background}\n");

			assertThat(Rendering.renderProblems(content))
				.extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(tuple(ALPHA, BODY + 2, "heading"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "ref-smith2020", "cite-smith2020-1" })
		void explicitIdThatCouldCollideWithCitationAnchorsIsAProblem(String id) {
			content.section("01-alpha.md", "alpha", 1, "## Sources {#" + id + "}\n");

			assertThat(Rendering.renderProblems(content))
				.extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(tuple(ALPHA, BODY, "heading"));
		}

		@Test
		void h1IsAProblem() {
			content.section("01-alpha.md", "alpha", 1, "Text.\n\n# A title\n");

			assertThat(Rendering.renderProblems(content))
				.extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(tuple(ALPHA, BODY + 2, "heading"));
		}

		@Test
		void h4IsAProblem() {
			content.section("01-alpha.md", "alpha", 1, "## Fine\n\n### Fine too\n\n#### Too deep\n");

			assertThat(Rendering.renderProblems(content))
				.extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(tuple(ALPHA, BODY + 4, "heading"));
		}

		@Test
		void problemsInSeveralFilesAreReportedTogether() {
			content.write("article.md", TestContent.article("# Lead title\n"));
			content.section("02-beta.md", "beta", 2, "Text.\n\n#### Deep\n");
			content.write("about.md", TestContent.about("##### Deeper\n"));

			assertThat(Rendering.renderProblems(content))
				.extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactlyInAnyOrder(tuple("article.md", 8, "heading"), tuple(BETA, BODY + 2, "heading"),
						tuple("about.md", 6, "heading"));
		}

		@Test
		void aboutPageHasItsOwnIds() {
			content.section("01-alpha.md", "alpha", 1, "## Purpose\n");
			content.write("about.md", TestContent.about("## Purpose\n"));

			RenderedArticle article = Rendering.render(content);

			assertThat(article.about().headings()).extracting(Heading::id).containsExactly("purpose");
			assertThat(article.sections().get(0).body().headings()).extracting(Heading::id)
				.containsExactly("purpose");
		}

	}

	@Nested
	class RawHtml {

		@Test
		void isEscapedNotRendered() {
			Element body = render("""
					<script>alert(1)</script>

					<img src=x onerror=alert(1)>

					Some <b onclick="alert(1)">bold</b> text and <a href="javascript:alert(1)">a link</a>.

					## Heading <img src=x onerror=alert(2)>
					""");

			assertThat(body.select("script, img, b, iframe")).isEmpty();
			assertThat(body.select("a:not(.permalink)")).isEmpty();
			assertThat(attributes(body)).noneSatisfy(
					(attribute) -> assertThat(attribute.getKey().toLowerCase()).startsWith("on"));
			// Escaped, the author sees the mistake on the page rather than losing the text silently.
			assertThat(body.text()).contains("<script>alert(1)</script>", "<b onclick=\"alert(1)\">bold</b>");
		}

		@Test
		void htmlBlockInTheLeadAndAboutIsEscapedToo() {
			content.write("article.md", TestContent.article("<script>alert(1)</script>\n"));
			content.write("about.md", TestContent.about("<iframe src=\"https://example.org\"></iframe>\n"));

			RenderedArticle article = Rendering.render(content);

			assertThat(Rendering.parse(article.lead().html()).select("script")).isEmpty();
			assertThat(Rendering.parse(article.about().html()).select("iframe")).isEmpty();
		}

		private static List<Attribute> attributes(Element root) {
			List<Attribute> attributes = new ArrayList<>();
			root.getAllElements().forEach((element) -> element.attributes().forEach(attributes::add));
			return attributes;
		}

	}

	@Nested
	class Links {

		@ParameterizedTest
		@ValueSource(strings = { "[a link](javascript:alert(1))", "[a link](JavaScript:alert(1))",
				"[a link](java&#115;cript:alert(1))", "[a link](&#106;avascript:alert(1))",
				"[a link](jav&#x09;ascript:alert(1))", "[a link](data:text/html;base64,PHNjcmlwdD4=)",
				"[a link](vbscript:msgbox(1))", "<javascript:alert(1)>", "[a link][evil]\n\n[evil]: javascript:alert(1)",
				"[a link][evil]\n\n[evil]: JAVASCRIPT:alert(1)", "[a link](\\\\evil.example/x)" })
		void dangerousLinksHaveNoHref(String markdown) {
			Element body = render("Before " + markdown + " after.\n");

			assertThat(body.select("[href]")).isEmpty();
			assertThat(body.text()).contains("Before", "after.");
		}

		@ParameterizedTest
		@ValueSource(strings = { "![x](javascript:alert(1))", "![x](data:image/png;base64,AAAA)",
				"![x](https://tracker.example/pixel.png)", "![x](//tracker.example/pixel.png)" })
		void disallowedImagesHaveNoSrc(String markdown) {
			Element body = render("Before " + markdown + " after.\n");

			assertThat(body.select("[src]")).isEmpty();
		}

		@Test
		void siteImageKeepsItsSrc() {
			Element body = render("![A diagram](/assets/diagram.png)\n");

			assertThat(body.select("img").attr("src")).isEqualTo("/assets/diagram.png");
		}

		@ParameterizedTest
		@ValueSource(strings = { "https://example.org", "http://example.org/page?a=1", "mailto:editor@example.org",
				"/beta", "/references", "/about", "/glossary", "/glossary#term-placebo" })
		void allowedLinksKeepTheirHref(String url) {
			Element body = render("See [this page](" + url + ").\n");

			assertThat(body.select("a").attr("href")).isEqualTo(url);
		}

		@ParameterizedTest
		@ValueSource(strings = { "https://example.org", "http://example.org/page" })
		void externalLinksOpenNothingOfOurs(String url) {
			Element body = render("See [this page](" + url + ").\n");

			assertThat(body.select("a").attr("rel").split(" ")).contains("noopener", "noreferrer");
		}

		@Test
		void internalLinksAreNotMarkedExternal() {
			Element body = render("See [the next section](/beta).\n");

			assertThat(body.select("a").attr("rel")).doesNotContain("external");
		}

		@Test
		void dangerousLinkInAboutIsNeutralisedToo() {
			content.write("about.md", TestContent.about("[a link](JavaScript:alert(1))\n"));

			assertThat(Rendering.parse(Rendering.render(content).about().html()).select("[href]")).isEmpty();
		}

	}

	@Nested
	class Tables {

		@Test
		void pipeTablesRenderAsTables() {
			Element body = render("""
					| Dose | Effect |
					|------|--------|
					| Low  | Mild[@smith2020] |
					""");

			Element table = body.selectFirst("table");
			assertThat(table).isNotNull();
			assertThat(table.select("th")).extracting(Element::text).containsExactly("Dose", "Effect");
			assertThat(table.select("td")).hasSize(2);
			assertThat(table.select("td").get(0).text()).isEqualTo("Low");
			assertThat(table.select("td").get(1).text()).startsWith("Mild");
			assertThat(table.select("td sup.citation[data-cite=smith2020]")).hasSize(1);
		}

	}

}
