package org.ketaminereference.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ketaminereference.content.ChangeEntry;
import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.content.SectionMetadata;
import org.ketaminereference.render.RenderedFragment;
import org.ketaminereference.render.RenderedSection;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleChangeTests {

	@Test
	void listsEveryChangeNewestFirstKeepingTheSectionOrderWithinADay() {
		List<ArticleChange> changes = ArticleChange.newestFirst(List.of(
				section("history", "History", change(2026, 1, 10, "First published."),
						change(2026, 3, 1, "Added the 1964 study.")),
				section("risks", "Risks", change(2026, 1, 10, "First published."),
						change(2026, 5, 2, "Updated the label warnings."))));
		assertThat(changes).extracting((change) -> change.date() + " " + change.section().path() + " " + change.summary())
			.containsExactly("2026-05-02 /risks Updated the label warnings.",
					"2026-03-01 /history Added the 1964 study.", "2026-01-10 /history First published.",
					"2026-01-10 /risks First published.");
		assertThat(changes.get(0).section().title()).isEqualTo("Risks");
	}

	@Test
	void isEmptyWhenNoSectionHasAChangelog() {
		assertThat(ArticleChange.newestFirst(List.of(section("history", "History")))).isEmpty();
	}

	private static ChangeEntry change(int year, int month, int day, String summary) {
		return new ChangeEntry(LocalDate.of(year, month, day), summary);
	}

	private static RenderedSection section(String slug, String title, ChangeEntry... changes) {
		SectionMetadata metadata = new SectionMetadata(title, slug, 1, "Summary.", LocalDate.of(2026, 6, 1), false,
				List.of(), List.of(changes), Map.of());
		return new RenderedSection(new MarkdownSource<>("sections/" + slug + ".md", metadata, "", 10, Map.of()),
				new RenderedFragment("", List.of()));
	}

}
