package org.ketaminereference.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ContentLoader} reads and checks {@code references.yaml}. */
class BibliographyTests {

	private final TestContent content;

	BibliographyTests(@TempDir Path directory) {
		content = TestContent.in(directory);
	}

	private static final int JONES = TestContent.JONES_LINE;

	@Test
	void issuedMayBeAPlainYearAsPandocAndZoteroWriteIt() {
		content.replace(TestContent.REFERENCES, "issued: {date-parts: [[2021]]}", "issued: 2021");

		Reference jones = content.load().references().stream().filter((r) -> r.id().equals("jones2021")).findFirst().orElseThrow();
		assertThat(jones.issued().dateParts()).containsExactly(List.of(2021));
	}

	@Test
	void issuedAsAYearOutOfRangeIsReported() {
		content.replace(TestContent.REFERENCES, "issued: {date-parts: [[2021]]}", "issued: 1066");

		assertThat(content.onlyProblem().message()).isEqualTo("year must be between 1800 and next year");
	}

	@Test
	void doiWrittenAsUrl() {
		content.replace(TestContent.REFERENCES, "DOI: 10.1000/jones2021", "DOI: https://doi.org/10.1/x");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.REFERENCES, JONES + 8, "references[1].DOI");
		assertThat(problem.message()).contains("DOI like");
	}

	@Test
	void doiNotADoi() {
		content.replace(TestContent.REFERENCES, "DOI: 10.1000/jones2021", "DOI: abc");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.REFERENCES, JONES + 8, "references[1].DOI");
	}

	@Test
	void pmidWithLetters() {
		content.replace(TestContent.REFERENCES, "DOI: 10.1000/jones2021\n  PMID: \"12345\"",
				"DOI: 10.1000/jones2021\n  PMID: 12a45");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.REFERENCES, JONES + 9, "references[1].PMID");
		assertThat(problem.message()).contains("digits");
	}

	@Test
	void javascriptUrl() {
		content.replace(TestContent.REFERENCES, "URL: https://example.org/jones2021", "URL: javascript:alert(1)");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.REFERENCES, JONES + 10, "references[1].URL");
		assertThat(problem.message()).contains("http(s)");
	}

	@Test
	void unknownEvidence() {
		content.replace(TestContent.REFERENCES, "evidence: rct\n- id: brown2022", "evidence: strong\n- id: brown2022");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.REFERENCES, JONES + 11, "references[1].evidence");
		assertThat(problem.message()).contains("'strong'", "rct", "meta-analysis");
	}

	@Test
	void observationalAndRegulatoryAreKindsOfEvidence() {
		content.replace(TestContent.REFERENCES, "evidence: rct\n- id: brown2022", "evidence: observational\n- id: brown2022");
		content.replace(TestContent.REFERENCES, "evidence: rct\n- id: jones2021", "evidence: regulatory\n- id: jones2021");

		assertThat(content.load().references()).extracting(Reference::evidence)
			.containsExactly(Evidence.REGULATORY, Evidence.OBSERVATIONAL, Evidence.RCT);
	}

	@Test
	void missingEvidence() {
		content.replace(TestContent.REFERENCES, "  evidence: rct\n- id: brown2022", "- id: brown2022");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.REFERENCES, JONES, "references[1].evidence");
	}

	@Test
	void yearTooEarly() {
		content.replace(TestContent.REFERENCES, "[[2021]]", "[[1700]]");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.REFERENCES, JONES + 5, "references[1].issued");
		assertThat(problem.message()).contains("year");
	}

	@Test
	void yearTooLate() {
		content.replace(TestContent.REFERENCES, "[[2021]]", "[[" + (LocalDate.now().getYear() + 2) + "]]");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.REFERENCES, JONES + 5, "references[1].issued");
	}

	@Test
	void authorWithoutAName() {
		content.replace(TestContent.REFERENCES, "{family: Jones, given: A. B.}", "{given: A. B.}");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.REFERENCES, JONES + 2, "references[1].author[0]");
	}

	@Test
	void duplicateId() {
		content.replace(TestContent.REFERENCES, "- id: brown2022", "- id: smith2020");
		content.replace(TestContent.BETA, "[@smith2020; @brown2022]", "[@smith2020]");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.REFERENCES, TestContent.BROWN_LINE, "id");
		assertThat(problem.message()).contains("'smith2020'", "line " + TestContent.SMITH_LINE);
	}

	@Test
	void badYamlSyntax() {
		content.replace(TestContent.REFERENCES, "  page: 1-10\n  DOI: 10.1000/jones2021",
				"  page: 1-10: 12\n  DOI: 10.1000/jones2021");
		content.section("01-alpha.md", "alpha", 1, "No citations.\n");
		content.write("article.md", TestContent.article("No citations.\n"));
		content.section("02-beta.md", "beta", 2, "No citations.\n");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem.file()).isEqualTo(TestContent.REFERENCES);
		assertThat(problem.line()).isEqualTo(JONES + 7);
		assertThat(problem.message()).startsWith("invalid YAML");
	}

	@Test
	void notAListOfReferences() {
		content.write(TestContent.REFERENCES, "entries: []\n");
		content.section("01-alpha.md", "alpha", 1, "No citations.\n");
		content.write("article.md", TestContent.article("No citations.\n"));
		content.section("02-beta.md", "beta", 2, "No citations.\n");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.REFERENCES, 1, "references");
	}

}
