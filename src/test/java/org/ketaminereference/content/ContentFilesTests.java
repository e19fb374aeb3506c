package org.ketaminereference.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The files themselves, read by {@link ContentFiles}: missing, empty, too large, not UTF-8, a byte order mark. */
class ContentFilesTests {

	private final TestContent content;

	ContentFilesTests(@TempDir Path directory) {
		content = TestContent.in(directory);
	}

	@Test
	void notUtf8() {
		content.writeBytes("about.md", "---\ntitle: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line)
			.containsExactly("about.md", 2);
		assertThat(content.onlyProblem().message()).contains("UTF-8");
	}

	@Test
	void emptyFile() {
		content.write(TestContent.ALPHA, " \n\n");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).isEqualTo(new ContentProblem(TestContent.ALPHA, 1, "", "file is empty"));
		assertThat(problem).hasToString(TestContent.ALPHA + ":1: file is empty");
	}

	@Test
	void missingFrontMatterFence() {
		content.write(TestContent.ALPHA, "title: Alpha\nslug: alpha\n\nText.\n");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, 1, "");
		assertThat(problem.message()).contains("front matter");
	}

	@Test
	void unclosedFrontMatter() {
		content.write(TestContent.ALPHA, "---\ntitle: Alpha\n\nText.\n");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line)
			.containsExactly(TestContent.ALPHA, 1);
		assertThat(content.onlyProblem().message()).contains("not closed");
	}

	@Test
	void fileOverTheSizeLimit() {
		String body = "x".repeat((int) ContentFiles.MAX_FILE_BYTES) + "\n";
		content.section("01-alpha.md", "alpha", 1, body);

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, 0, "");
		assertThat(problem.message()).contains(Long.toString(ContentFiles.MAX_FILE_BYTES));
	}

	@Test
	void fileJustUnderTheSizeLimitLoads() {
		String start = TestContent.section("alpha", 1, "");
		content.section("01-alpha.md", "alpha", 1,
				"x".repeat((int) ContentFiles.MAX_FILE_BYTES - start.length()));

		assertThat(content.load().sections()).hasSize(2);
	}

	@Test
	void missingFile() {
		content.delete("about.md");

		assertThat(content.onlyProblem()).isEqualTo(new ContentProblem("about.md", 0, "", "file not found"));
	}

	@Test
	void noSections() {
		content.delete(TestContent.ALPHA).delete(TestContent.BETA);

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line)
			.containsExactly("sections", 0);
	}

}
