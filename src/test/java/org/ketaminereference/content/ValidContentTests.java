package org.ketaminereference.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link ContentLoader} reads from valid content: the real article and the minimal fixture. */
class ValidContentTests {

	private final TestContent content;

	ValidContentTests(@TempDir Path directory) {
		content = TestContent.in(directory);
	}

	@Test
	void realContentLoadsWithItsSectionsInReadingOrder() {
		Content real = SiteArticle.contentLoader().load(Path.of("content"));

		assertThat(real.sections()).extracting((section) -> section.metadata().slug())
			.containsExactly("history", "mental-health", "mechanisms", "risks", "esketamine");
		assertThat(real.references()).isNotEmpty();
		assertThat(real.referencesById()).containsKeys("berman2000", "krystal2019");
		assertThat(real.article().metadata().title()).isNotBlank();
		assertThat(real.about().metadata().title()).isNotBlank();
	}

	@Test
	void minimalContentLoads() {
		Content loaded = content.load();

		assertThat(loaded.sections()).extracting((section) -> section.metadata().slug())
			.containsExactly("alpha", "beta");
		assertThat(loaded.references()).extracting(Reference::id)
			.containsExactly("smith2020", "jones2021", "brown2022");
		assertThat(loaded.sections().get(0).bodyFirstLine()).isEqualTo(TestContent.SECTION_BODY_FIRST_LINE);
	}

	@Test
	void sectionsAreOrderedByOrderNotByFileName() {
		content.section("01-alpha.md", "alpha", 7, "Alpha.\n");

		assertThat(content.load().sections()).extracting((section) -> section.metadata().slug())
			.containsExactly("beta", "alpha");
	}

	@Test
	void byteOrderMarkIsIgnored() {
		content.writeBytes("about.md",
				("\uFEFF" + TestContent.about("Text.\n")).getBytes(StandardCharsets.UTF_8));

		assertThat(content.load().about().metadata().title()).isEqualTo("About");
	}

}
