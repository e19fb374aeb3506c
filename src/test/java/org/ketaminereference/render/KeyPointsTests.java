package org.ketaminereference.render;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class KeyPointsTests {

	private static final String ALPHA = TestContent.ALPHA;

	private static final int BODY = TestContent.SECTION_BODY_FIRST_LINE;

	private static final String THREE_POINTS = """
			## Key points

			- One.[@smith2020]
			- Two.[@jones2021]
			- Three.[@smith2020; @brown2022]

			The lead.[@smith2020]

			## Details

			More.[@jones2021]
			""";

	@TempDir
	Path directory;

	TestContent content;

	@BeforeEach
	void writeValidContent() {
		content = TestContent.in(directory);
	}

	@Test
	void areAHeadingWithTheirOwnIdFollowedByOneMarkedList() {
		RenderedArticle article = Rendering.render(content.section("01-alpha.md", "alpha", 1, THREE_POINTS));
		Element body = Rendering.parse(article.sections().get(0).body().html());

		Element heading = body.child(0);
		assertThat(heading.tagName()).isEqualTo("h2");
		assertThat(heading.id()).isEqualTo("key-points");
		assertThat(heading.ownText()).isEqualTo("Key points");
		assertThat(heading.select("a.permalink").attr("href")).isEqualTo("#key-points");
		Element list = body.child(1);
		assertThat(list.is("ul.key-points")).isTrue();
		assertThat(list.children()).hasSize(3).allSatisfy((point) -> assertThat(point.select("sup.citation")).isNotEmpty());
		assertThat(article.sections().get(0).body().headings()).extracting(Heading::id, Heading::text)
			.startsWith(tuple("key-points", "Key points"));
	}

	@Test
	void keepTheirIdOnEverySectionPageAndTheLandingPage() {
		content.write(TestContent.ARTICLE, TestContent.article(THREE_POINTS.replace("## Details", "## Lead details")));
		content.section("01-alpha.md", "alpha", 1, THREE_POINTS);
		content.section("02-beta.md", "beta", 2, THREE_POINTS.replace("## Details", "## More details"));

		RenderedArticle article = Rendering.render(content);

		assertThat(Rendering.parse(article.lead().html()).select("h2#key-points")).hasSize(1);
		for (RenderedSection section : article.sections()) {
			assertThat(Rendering.parse(section.body().html()).select("h2#key-points")).as(section.slug()).hasSize(1);
		}
	}

	@Test
	void takeTheSectionsSlugOnTheOnePageArticle() {
		RenderedArticle article = Rendering.render(content.section("01-alpha.md", "alpha", 1, THREE_POINTS));
		RenderedSection section = article.sections().get(0);

		Element body = Rendering.parse(section.body().html());
		KeyPoints.forOnePage(body, "alpha");

		assertThat(body.getElementById("key-points")).isNull();
		Element heading = body.getElementById("key-points-alpha");
		assertThat(heading).isNotNull();
		assertThat(heading.select("a.permalink").attr("href")).isEqualTo("#key-points-alpha");
		assertThat(KeyPoints.forOnePage(TocEntry.topLevel(section.body().headings(), ""), "alpha"))
			.extracting(TocEntry::href)
			.containsExactly("#key-points-alpha", "#details");
	}

	@Test
	void linksReachThemOnEachPage() {
		content.section("01-alpha.md", "alpha", 1, THREE_POINTS);
		content.section("02-beta.md", "beta", 2,
				"See [alpha](/alpha#key-points) and [the article](/article#key-points-alpha).[@smith2020]\n");

		assertThat(Rendering.render(content).sections()).hasSize(2);
	}

	@Test
	void theOnePageIdIsNotTheSectionPageId() {
		content.section("01-alpha.md", "alpha", 1, THREE_POINTS);
		content.section("02-beta.md", "beta", 2, "See [the article](/article#key-points).[@smith2020]\n");

		assertThat(Rendering.renderProblems(content)).extracting(ContentProblem::file, ContentProblem::field)
			.containsExactly(tuple(TestContent.BETA, "link"));
	}

	@Test
	void noOtherHeadingTakesTheirIds() {
		Element body = Rendering.firstSection(content, "## Key points alpha\n\nText.[@smith2020]\n");

		assertThat(body.select("h2").attr("id")).isEqualTo("key-points-alpha-2");
	}

	@Test
	void areOptionalUntilTheLimitsAreEnforced() {
		assertThat(Rendering.firstSection(content, "Text.[@smith2020]\n").select(".key-points")).isEmpty();

		content.withFrontMatter(TestContent.ARTICLE, "editorialLimits: enforce");

		assertThat(Rendering.renderProblems(content))
			.extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.contains(tuple(ALPHA, BODY, "key points"), tuple(TestContent.ARTICLE, 9, "key points"));
	}

	@Test
	void needThreeToSixPoints() {
		List<ContentProblem> two = problemsOf("## Key points\n\n- One.[@smith2020]\n- Two.[@smith2020]\n\nLead.[@smith2020]\n");
		List<ContentProblem> seven = problemsOf("## Key points\n\n" + "- A point.[@smith2020]\n".repeat(7));

		assertThat(two).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field, ContentProblem::message)
			.containsExactly(tuple(ALPHA, BODY + 2, "key points", "2 points; write 3 to 6 in one list"));
		assertThat(seven).extracting(ContentProblem::message).containsExactly("7 points; write 3 to 6 in one list");
	}

	@Test
	void eachPointNeedsACitation() {
		List<ContentProblem> problems = problemsOf(
				"## Key points\n\n- One.[@smith2020]\n- Two, uncited.\n- Three.[@smith2020]\n");

		assertThat(problems).extracting(ContentProblem::line, ContentProblem::message)
			.containsExactly(tuple(BODY + 3, "point 2 has no citation; end it with [@key]"));
	}

	@Test
	void theHeadingComesFirst() {
		List<ContentProblem> problems = problemsOf("Intro.[@smith2020]\n\n" + THREE_POINTS);

		assertThat(problems).extracting(ContentProblem::line, ContentProblem::message)
			.containsExactly(tuple(BODY + 2, "'## Key points' must open the body, before anything else"));
	}

	@Test
	void theListFollowsTheHeading() {
		List<ContentProblem> problems = problemsOf("## Key points\n\nA paragraph.[@smith2020]\n");

		assertThat(problems).extracting(ContentProblem::line, ContentProblem::message)
			.containsExactly(tuple(BODY, "'## Key points' must be followed directly by a bulleted list ('- ' items)"));
	}

	@Test
	void areOneFlatBulletedList() {
		List<ContentProblem> numbered = problemsOf("## Key points\n\n1. One.[@smith2020]\n2. Two.[@smith2020]\n3. Three.[@smith2020]\n");
		List<ContentProblem> nested = problemsOf(
				"## Key points\n\n- One.[@smith2020]\n  - Inner.[@smith2020]\n- Two.[@smith2020]\n- Three.[@smith2020]\n");
		List<ContentProblem> twoLists = problemsOf(
				"## Key points\n\n- One.[@smith2020]\n- Two.[@smith2020]\n- Three.[@smith2020]\n\n* Four.[@smith2020]\n");

		assertThat(numbered).extracting(ContentProblem::message)
			.containsExactly("'## Key points' must be followed directly by a bulleted list ('- ' items)");
		assertThat(nested).extracting(ContentProblem::line, ContentProblem::message)
			.containsExactly(tuple(BODY + 2, "point 1 holds a list; key points are one flat list"));
		assertThat(twoLists).extracting(ContentProblem::line, ContentProblem::message)
			.containsExactly(tuple(BODY + 6, "a second list follows the key points; key points are one list"));
	}

	private List<ContentProblem> problemsOf(String body) {
		content.section("01-alpha.md", "alpha", 1, body);
		return Rendering.renderProblems(content);
	}

}
