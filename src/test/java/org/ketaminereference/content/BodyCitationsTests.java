package org.ketaminereference.content;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ContentLoader} checks the citations written in a section body. */
class BodyCitationsTests {

	private final TestContent content;

	BodyCitationsTests(@TempDir Path directory) {
		content = TestContent.in(directory);
	}

	@Test
	void unknownKeyNamesTheBodyLine() {
		content.section("01-alpha.md", "alpha", 1, "First paragraph.\n\nSecond.\nCites [@nobody2020] here.\n");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, TestContent.SECTION_BODY_FIRST_LINE + 3, "citation");
		assertThat(problem.message()).contains("'nobody2020'");
	}

	@Test
	void unknownKeyAmongKnownOnes() {
		content.replace(TestContent.BETA, "[@smith2020; @brown2022]", "[@smith2020; @typo2022]");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.BETA, TestContent.SECTION_BODY_FIRST_LINE, "citation");
		assertThat(content.onlyProblem().message()).contains("'typo2022'");
	}

	@Test
	void malformedCitation() {
		content.section("01-alpha.md", "alpha", 1, "Text.\n\nAs shown [@ berman and others.\n");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, TestContent.SECTION_BODY_FIRST_LINE + 2, "citation");
		assertThat(problem.message()).contains("malformed");
	}

	@Test
	void unclosedCitation() {
		content.write("article.md", TestContent.article("Lead.[@smith2020\n"));

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly("article.md", 8, "citation");
	}

	@Test
	void brokenReferenceIsReportedOnceNotAtEveryCitation() {
		content.replace(TestContent.REFERENCES, "DOI: 10.1000/smith2020", "DOI: abc");

		// smith2020 is cited in article.md and beta, but only its entry is reported.
		assertThat(content.onlyProblem().file()).isEqualTo(TestContent.REFERENCES);
	}

}
