package org.ketaminereference.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ContentLoader} checks each front matter field and names the file, line and field of a mistake. */
class FrontMatterFieldsTests {

	private final TestContent content;

	FrontMatterFieldsTests(@TempDir Path directory) {
		content = TestContent.in(directory);
	}

	@Test
	void badYamlSyntax() {
		content.replace(TestContent.ALPHA, "slug: alpha", "slug: alpha: beta");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, 3, "");
		assertThat(problem.message()).startsWith("invalid YAML");
	}

	@Test
	void duplicateField() {
		content.replace(TestContent.ALPHA, "order: 1\n", "order: 1\norder: 2\n");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, 5, "");
		assertThat(content.onlyProblem().message()).contains("invalid YAML", "order");
	}

	@Test
	void missingTitle() {
		content.replace(TestContent.ALPHA, "title: Section alpha\n", "");

		// A missing field has no line of its own: the problem points at the front matter.
		assertThat(content.onlyProblem()).isEqualTo(new ContentProblem(TestContent.ALPHA, 2, "title", "must not be blank"));
	}

	@Test
	void orderNotANumber() {
		content.replace(TestContent.ALPHA, "order: 1", "order: abc");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, 4, "order");
		assertThat(problem.message()).contains("'abc'", "whole number");
	}

	@Test
	void crisisNoticeNotABoolean() {
		content.replace(TestContent.ALPHA, "crisisNotice: false", "crisisNotice: maybe");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, 7, "crisisNotice");
		assertThat(problem.message()).contains("'maybe'", "true or false");
	}

	@Test
	void badSlug() {
		content.replace(TestContent.ALPHA, "slug: alpha", "slug: Upper_Case");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, 3, "slug");
		assertThat(problem.message()).isEqualTo(Slugs.MESSAGE);
	}

	@Test
	void lastReviewedInTheFuture() {
		content.replace(TestContent.ALPHA, "lastReviewed: 2026-01-01", "lastReviewed: " + LocalDate.now().plusYears(1));

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, 6, "lastReviewed");
		assertThat(problem.message()).contains("past or in the present");
	}

	@Test
	void lastReviewedNotADate() {
		content.replace("article.md", "lastReviewed: 2026-01-01", "lastReviewed: 2026-13-01");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly("article.md", 4, "lastReviewed");
		assertThat(content.onlyProblem().message()).contains("a date like");
	}

	@Test
	void misspeltFieldIsUnknownNotIgnored() {
		content.replace(TestContent.ALPHA, "lastReviewed: 2026-01-01", "lastreviewed: 2026-01-01");

		// The correctly spelt field is then also missing, which may be reported on the same line.
		List<ContentProblem> problems = content.problems();
		assertThat(problems).allSatisfy((problem) -> assertThat(problem)
			.extracting(ContentProblem::file, ContentProblem::line)
			.containsExactly(TestContent.ALPHA, 6));
		assertThat(problems).anySatisfy((problem) -> {
			assertThat(problem.field()).isEqualTo("lastreviewed");
			assertThat(problem.message()).contains("unknown field", "lastReviewed");
		});
	}

	@Test
	void invalidChangelogEntryNamesItsLine() {
		content.replace(TestContent.ALPHA, "    summary: First published.", "    summary: \"\"");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, 11, "changes[0].summary");
	}

}
