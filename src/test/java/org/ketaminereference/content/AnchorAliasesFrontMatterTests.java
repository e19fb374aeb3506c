package org.ketaminereference.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The {@code anchorAliases} front matter field, read from a copy of the real content. */
class AnchorAliasesFrontMatterTests {

	@TempDir
	Path content;

	@Test
	void readsAliasesInTheOrderWritten() throws IOException {
		copyContentWithHistoryAliases("anchorAliases:\n  old-one: first-trials\n  old-two: mental-health#the-first-trials\n");
		Content loaded = new ContentLoader().load(content);
		assertThat(loaded.sections().get(0).metadata().anchorAliases()).containsExactly(
				java.util.Map.entry("old-one", "first-trials"),
				java.util.Map.entry("old-two", "mental-health#the-first-trials"));
	}

	@Test
	void rejectsIdsThatAreNotIdsWithFileAndLine() throws IOException {
		copyContentWithHistoryAliases("anchorAliases:\n  1964: first-trials\n  old: 'Not An Id'\n");
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentLoader().load(content))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly(
						"sections/01-history.md:10: anchorAliases.1964: " + Anchors.ID_MESSAGE,
						"sections/01-history.md:11: anchorAliases.old: " + Anchors.TARGET_MESSAGE));
	}

	@Test
	void listElementsStillReportTheirIndex() throws IOException {
		copyContentWithHistoryAliases("");
		Path history = content.resolve("sections/01-history.md");
		Files.writeString(history, Files.readString(history).replace("aliases: []", "aliases: [old-history, Bad Slug]"));
		assertThatExceptionOfType(InvalidContentException.class).isThrownBy(() -> new ContentLoader().load(content))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(Object::toString)
				.containsExactly("sections/01-history.md:8: aliases[1]: " + Slugs.MESSAGE));
	}

	/** Copies content/ and adds the given front matter lines to the history section. */
	private void copyContentWithHistoryAliases(String frontMatter) throws IOException {
		TestContent.copyTo(content);
		Path history = content.resolve("sections/01-history.md");
		Files.writeString(history, Files.readString(history).replaceFirst("\naliases: \\[\\]\n", "\naliases: []\n" + frontMatter));
	}

}
