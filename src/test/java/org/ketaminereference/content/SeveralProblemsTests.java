package org.ketaminereference.content;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** {@link ContentLoader} reports every problem of the content at once, not only the first. */
class SeveralProblemsTests {

	private final TestContent content;

	SeveralProblemsTests(@TempDir Path directory) {
		content = TestContent.in(directory);
	}

	@Test
	void everyProblemInEveryFileIsReportedTogether() {
		content.replace("article.md", "lastReviewed: 2026-01-01", "lastreviewed: 2026-01-01");
		content.write("about.md", "");
		content.replace(TestContent.ALPHA, "slug: alpha", "slug: Upper_Case");
		content.replace(TestContent.BETA, "order: 2", "order: two");
		content.replace(TestContent.REFERENCES, "evidence: rct\n- id: brown2022", "evidence: strong\n- id: brown2022");
		content.replace(TestContent.REFERENCES, "DOI: 10.1000/brown2022", "DOI: abc");

		List<ContentProblem> problems = content.problems();
		assertThat(problems).extracting(ContentProblem::file)
			.containsOnly(TestContent.REFERENCES, "article.md", "about.md", TestContent.ALPHA, TestContent.BETA);
		assertThat(problems).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.contains(tuple(TestContent.REFERENCES, TestContent.JONES_LINE + 11, "references[1].evidence"),
					tuple(TestContent.REFERENCES, TestContent.BROWN_LINE + 8, "references[2].DOI"),
					tuple("article.md", 4, "lastreviewed"), tuple("about.md", 1, ""),
					tuple(TestContent.ALPHA, 3, "slug"), tuple(TestContent.BETA, 4, "order"));
	}

	@Test
	void severalProblemsInOneFile() {
		content.replace(TestContent.ALPHA, "slug: alpha", "slug: Upper_Case");
		content.replace(TestContent.ALPHA, "summary: The alpha section.", "summary: \"\"");

		assertThat(content.problems()).extracting(ContentProblem::line, ContentProblem::field)
			.containsExactlyInAnyOrder(tuple(3, "slug"), tuple(5, "summary"));
	}

	@Test
	void severalUnreadableFieldsInOneFile() {
		content.replace(TestContent.ALPHA, "order: 1", "order: abc");
		content.replace(TestContent.ALPHA, "crisisNotice: false", "crisisNotice: maybe");

		assertThat(content.problems()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.contains(tuple(TestContent.ALPHA, 4, "order"), tuple(TestContent.ALPHA, 7, "crisisNotice"));
	}

	@Test
	void exceptionMessageListsEveryProblem() {
		content.write("about.md", "");
		content.replace(TestContent.ALPHA, "slug: alpha", "slug: Upper_Case");

		InvalidContentException failure = catchThrowableOfType(InvalidContentException.class, content::load);

		assertThat(failure.getMessage()).contains("2 problems", "about.md:1: file is empty",
				TestContent.ALPHA + ":3: slug: " + Slugs.MESSAGE);
	}

}
