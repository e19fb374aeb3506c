package org.ketaminereference.render;

import java.nio.file.Path;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketaminereference.render.Rendering.parse;
import static org.ketaminereference.render.Rendering.render;
import static org.ketaminereference.render.Rendering.renderProblems;

/** Old heading ids a section declares in {@code anchorAliases} (front matter line 9). */
class AnchorAliasesTests {

	private static final String ALPHA = "sections/01-alpha.md";

	private static final String BETA = "sections/02-beta.md";

	@TempDir
	Path directory;

	TestContent content;

	@BeforeEach
	void writeContent() {
		content = TestContent.in(directory);
		content.section("01-alpha.md", "alpha", 1, "## First human studies\n\nText.\n\n## Later use\n\nMore.\n");
		content.section("02-beta.md", "beta", 2, "## Side effects\n\nText.\n\n### Bladder damage\n\nText.\n");
	}

	@Test
	void putsTheOldIdJustBeforeTheRenamedHeading() {
		aliases(ALPHA, "first-human-studies-in-1964: first-human-studies");

		RenderedArticle article = render(content);
		Element alias = parse(article.sections().get(0).body().html()).getElementById("first-human-studies-in-1964");
		assertThat(alias).isNotNull();
		assertThat(alias.tagName()).isEqualTo("span");
		assertThat(alias.hasClass("anchor-alias")).isTrue();
		assertThat(alias.text()).isEmpty();
		assertThat(alias.nextElementSibling().id()).isEqualTo("first-human-studies");
		assertThat(article.sections().get(0).body().headings()).extracting(Heading::id)
			.containsExactly("first-human-studies", "later-use");
	}

	@Test
	void leavesANoteThatLinksToAHeadingThatMovedToAnotherSection() {
		aliases(ALPHA, "bladder-problems: beta#bladder-damage");

		Element body = parse(render(content).sections().get(0).body().html());
		Element note = body.getElementById("bladder-problems");
		assertThat(note).isNotNull();
		assertThat(note.hasClass("anchor-alias-note")).isTrue();
		assertThat(note.elementSiblingIndex()).isZero();
		assertThat(note.select("a[href=/beta#bladder-damage]").text()).isEqualTo("Bladder damage");
		assertThat(note.text()).isEqualTo("This part has moved to Bladder damage.");
	}

	@Test
	void reportsATargetThatIsNotAHeadingWithItsFileAndLine() {
		aliases(ALPHA, "old: no-such-heading");
		aliases(BETA, "missing: beta#nowhere");

		assertThat(renderProblems(content)).extracting(Object::toString)
			.containsExactly(
					ALPHA + ":9: anchorAliases: 'old' points to 'no-such-heading', which is not a heading of section 'alpha'",
					BETA + ":9: anchorAliases: 'missing' points to 'beta#nowhere', which is not a heading of section 'beta'");
	}

	@Test
	void reportsAnOldIdThatIsStillInUse() {
		aliases(ALPHA, "later-use: first-human-studies");
		aliases(BETA, "alpha: side-effects\n  cite-x: side-effects");

		assertThat(renderProblems(content)).extracting(Object::toString)
			.hasSize(3)
			.allMatch((problem) -> problem.contains("is already an id in the article"));
	}

	private void aliases(String file, String entries) {
		content.replace(file, "aliases: []\n", "aliases: []\nanchorAliases:\n  " + entries + "\n");
	}

}
