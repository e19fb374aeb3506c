package org.ketaminereference.content;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code anchorAliases} front matter field of a section (line 9 after {@code aliases}). */
class AnchorAliasesFrontMatterTests {

	private static final String ALPHA = "sections/01-alpha.md";

	@TempDir
	Path directory;

	TestContent content;

	@BeforeEach
	void writeValidContent() {
		content = TestContent.in(directory);
	}

	@Test
	void readsAliasesInTheOrderWritten() {
		content.replace(ALPHA, "aliases: []\n",
				"aliases: []\nanchorAliases:\n  old-one: first-trials\n  old-two: beta#the-first-trials\n");

		assertThat(content.load().sections().get(0).metadata().anchorAliases()).containsExactly(
				Map.entry("old-one", "first-trials"), Map.entry("old-two", "beta#the-first-trials"));
	}

	@Test
	void isEmptyWhenLeftOut() {
		assertThat(content.load().sections().get(0).metadata().anchorAliases()).isEmpty();
	}

	@Test
	void rejectsIdsThatAreNotIdsWithTheirLine() {
		content.replace(ALPHA, "aliases: []\n", "aliases: []\nanchorAliases:\n  1964: first-trials\n  old: 'Not An Id'\n");

		assertThat(content.problems()).extracting(Object::toString)
			.containsExactly(ALPHA + ":10: anchorAliases.1964: " + Anchors.ID_MESSAGE,
					ALPHA + ":11: anchorAliases.old: " + Anchors.TARGET_MESSAGE);
	}

	@Test
	void listElementsStillReportTheirIndex() {
		content.replace(ALPHA, "aliases: []\n", "aliases: [old-alpha, Bad Slug]\n");

		assertThat(content.problems()).extracting(Object::toString)
			.containsExactly(ALPHA + ":8: aliases[1]: " + Slugs.MESSAGE);
	}

}
