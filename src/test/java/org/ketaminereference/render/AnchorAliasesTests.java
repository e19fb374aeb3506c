package org.ketaminereference.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ketaminereference.content.ArticleMetadata;
import org.ketaminereference.content.Content;
import org.ketaminereference.content.InvalidContentException;
import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.content.PageMetadata;
import org.ketaminereference.content.SectionMetadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AnchorAliasesTests {

	private static final LocalDate REVIEWED = LocalDate.of(2026, 11, 25);

	private static final String HISTORY = "## First human studies\n\nText.\n\n## Later use\n\nMore text.\n";

	private static final String RISKS = "## Side effects\n\nText.\n\n### Bladder damage\n\nText.\n";

	@Test
	void putsTheOldIdJustBeforeTheRenamedHeading() {
		RenderedArticle article = render(Map.of("first-human-studies-in-1964", "first-human-studies"), Map.of());
		Element body = body(article, 0);
		Element alias = body.getElementById("first-human-studies-in-1964");
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
		RenderedArticle article = render(Map.of("bladder-problems", "risks#bladder-damage"), Map.of());
		Element note = body(article, 0).getElementById("bladder-problems");
		assertThat(note).isNotNull();
		assertThat(note.hasClass("anchor-alias-note")).isTrue();
		assertThat(note.elementSiblingIndex()).isZero();
		assertThat(note.select("a[href=/risks#bladder-damage]").text()).isEqualTo("Bladder damage");
		assertThat(note.text()).isEqualTo("This part has moved to Bladder damage.");
	}

	@Test
	void reportsATargetThatIsNotAHeading() {
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> render(Map.of("old", "no-such-heading"), Map.of("missing", "risks#nowhere")))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly(
						"sections/01-history.md:9: anchorAliases: 'old' points to 'no-such-heading', which is not a heading of section 'history'",
						"sections/02-risks.md:9: anchorAliases: 'missing' points to 'risks#nowhere', which is not a heading of section 'risks'"));
	}

	@Test
	void reportsAnOldIdThatIsStillInUse() {
		assertThatExceptionOfType(InvalidContentException.class)
			.isThrownBy(() -> render(Map.of("later-use", "first-human-studies"), Map.of("risks", "side-effects")))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.allMatch((problem) -> problem.contains("is already an id in the article"))
				.hasSize(2));
	}

	private static RenderedArticle render(Map<String, String> historyAliases, Map<String, String> risksAliases) {
		Content content = new Content(
				new MarkdownSource<>("article.md",
						new ArticleMetadata("Ketamine", "Summary.", REVIEWED, "Disclaimer.", "Crisis."), "Lead.\n", 7,
						Map.of()),
				new MarkdownSource<>("about.md", new PageMetadata("About", "Summary.", REVIEWED), "About.\n", 5, Map.of()),
				List.of(section("sections/01-history.md", "history", 1, HISTORY, historyAliases),
						section("sections/02-risks.md", "risks", 2, RISKS, risksAliases)),
				List.of());
		return new ArticleRenderer().render(content, Set.of("main"));
	}

	private static MarkdownSource<SectionMetadata> section(String file, String slug, int order, String markdown,
			Map<String, String> anchorAliases) {
		SectionMetadata metadata = new SectionMetadata(slug, slug, order, "Summary.", REVIEWED, false, List.of(),
				List.of(), anchorAliases);
		return new MarkdownSource<>(file, metadata, markdown, 12, Map.of("anchorAliases", 9));
	}

	private static Element body(RenderedArticle article, int section) {
		return Jsoup.parseBodyFragment(article.sections().get(section).body().html()).body();
	}

}
