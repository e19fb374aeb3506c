package org.ketaminereference.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ContentLoaderTests {

	private static final String ALPHA = "sections/01-alpha.md";

	private static final String BETA = "sections/02-beta.md";

	private static final String REFERENCES = "references.yaml";

	@TempDir
	Path directory;

	TestContent content;

	@BeforeEach
	void writeValidContent() {
		content = TestContent.in(directory);
	}

	/** The single problem reported, after checking there is exactly one. */
	private ContentProblem onlyProblem() {
		List<ContentProblem> problems = content.problems();
		assertThat(problems).hasSize(1);
		return problems.get(0);
	}

	@Nested
	class ValidContent {

		@Test
		void realContentLoadsWithItsSectionsInReadingOrder() {
			Content real = new ContentLoader().load(Path.of("content"));

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

	@Nested
	class WholeFiles {

		@Test
		void notUtf8() {
			content.writeBytes("about.md", "---\ntitle: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line)
				.containsExactly("about.md", 2);
			assertThat(onlyProblem().message()).contains("UTF-8");
		}

		@Test
		void emptyFile() {
			content.write(ALPHA, " \n\n");

			ContentProblem problem = onlyProblem();
			assertThat(problem).isEqualTo(new ContentProblem(ALPHA, 1, "", "file is empty"));
			assertThat(problem).hasToString(ALPHA + ":1: file is empty");
		}

		@Test
		void missingFrontMatterFence() {
			content.write(ALPHA, "title: Alpha\nslug: alpha\n\nText.\n");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, 1, "");
			assertThat(problem.message()).contains("front matter");
		}

		@Test
		void unclosedFrontMatter() {
			content.write(ALPHA, "---\ntitle: Alpha\n\nText.\n");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line)
				.containsExactly(ALPHA, 1);
			assertThat(onlyProblem().message()).contains("not closed");
		}

		@Test
		void fileOverTheSizeLimit() {
			String body = "x".repeat((int) ContentLoader.MAX_FILE_BYTES) + "\n";
			content.section("01-alpha.md", "alpha", 1, body);

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, 0, "");
			assertThat(problem.message()).contains(Long.toString(ContentLoader.MAX_FILE_BYTES));
		}

		@Test
		void fileJustUnderTheSizeLimitLoads() {
			String start = TestContent.section("alpha", 1, "");
			content.section("01-alpha.md", "alpha", 1,
					"x".repeat((int) ContentLoader.MAX_FILE_BYTES - start.length()));

			assertThat(content.load().sections()).hasSize(2);
		}

		@Test
		void missingFile() {
			content.delete("about.md");

			assertThat(onlyProblem()).isEqualTo(new ContentProblem("about.md", 0, "", "file not found"));
		}

		@Test
		void noSections() {
			content.delete(ALPHA).delete(BETA);

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line)
				.containsExactly("sections", 0);
		}

	}

	@Nested
	class FrontMatterFields {

		@Test
		void badYamlSyntax() {
			content.replace(ALPHA, "slug: alpha", "slug: alpha: beta");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, 3, "");
			assertThat(problem.message()).startsWith("invalid YAML");
		}

		@Test
		void duplicateField() {
			content.replace(ALPHA, "order: 1\n", "order: 1\norder: 2\n");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, 5, "");
			assertThat(onlyProblem().message()).contains("invalid YAML", "order");
		}

		@Test
		void missingTitle() {
			content.replace(ALPHA, "title: Section alpha\n", "");

			// A missing field has no line of its own: the problem points at the front matter.
			assertThat(onlyProblem()).isEqualTo(new ContentProblem(ALPHA, 2, "title", "must not be blank"));
		}

		@Test
		void orderNotANumber() {
			content.replace(ALPHA, "order: 1", "order: abc");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, 4, "order");
			assertThat(problem.message()).contains("'abc'", "whole number");
		}

		@Test
		void crisisNoticeNotABoolean() {
			content.replace(ALPHA, "crisisNotice: false", "crisisNotice: maybe");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, 7, "crisisNotice");
			assertThat(problem.message()).contains("'maybe'", "true or false");
		}

		@Test
		void badSlug() {
			content.replace(ALPHA, "slug: alpha", "slug: Upper_Case");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, 3, "slug");
			assertThat(problem.message()).isEqualTo(Slugs.MESSAGE);
		}

		@Test
		void lastReviewedInTheFuture() {
			content.replace(ALPHA, "lastReviewed: 2026-01-01", "lastReviewed: " + LocalDate.now().plusYears(1));

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, 6, "lastReviewed");
			assertThat(problem.message()).contains("past or in the present");
		}

		@Test
		void lastReviewedNotADate() {
			content.replace("article.md", "lastReviewed: 2026-01-01", "lastReviewed: 2026-13-01");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly("article.md", 4, "lastReviewed");
			assertThat(onlyProblem().message()).contains("a date like");
		}

		@Test
		void misspeltFieldIsUnknownNotIgnored() {
			content.replace(ALPHA, "lastReviewed: 2026-01-01", "lastreviewed: 2026-01-01");

			// The correctly spelt field is then also missing, which may be reported on the same line.
			List<ContentProblem> problems = content.problems();
			assertThat(problems).allSatisfy((problem) -> assertThat(problem)
				.extracting(ContentProblem::file, ContentProblem::line)
				.containsExactly(ALPHA, 6));
			assertThat(problems).anySatisfy((problem) -> {
				assertThat(problem.field()).isEqualTo("lastreviewed");
				assertThat(problem.message()).contains("unknown field", "lastReviewed");
			});
		}

		@Test
		void invalidChangelogEntryNamesItsLine() {
			content.replace(ALPHA, "    summary: First published.", "    summary: \"\"");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, 11, "changes[0].summary");
		}

	}

	@Nested
	class SlugsAndAliases {

		@Test
		void duplicateSlugAcrossTwoFiles() {
			content.replace(BETA, "slug: beta", "slug: alpha");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(BETA, 3, "slug");
			assertThat(problem.message()).contains("'alpha'", ALPHA);
		}

		@Test
		void aliasEqualToAnEarlierSectionsSlug() {
			content.replace(BETA, "aliases: []", "aliases: [alpha]");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(BETA, 8, "aliases");
			assertThat(problem.message()).contains("'alpha'", ALPHA);
		}

		@Test
		void aliasEqualToALaterSectionsSlugBlamesTheAlias() {
			content.replace(ALPHA, "aliases: []", "aliases: [beta]");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, 8, "aliases");
			assertThat(problem.message()).contains("'beta'", BETA);
		}

		@Test
		void reservedSlug() {
			content.replace(ALPHA, "slug: alpha", "slug: about");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, 3, "slug");
			assertThat(problem.message()).contains("'about'", "reserved");
		}

		@Test
		void reservedAlias() {
			content.replace(ALPHA, "aliases: []", "aliases: [references]");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, 8, "aliases");
		}

		@Test
		void duplicateOrder() {
			content.replace(BETA, "order: 2", "order: 1");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(BETA, 4, "order");
		}

	}

	@Nested
	class CitationsInTheBody {

		@Test
		void unknownKeyNamesTheBodyLine() {
			content.section("01-alpha.md", "alpha", 1, "First paragraph.\n\nSecond.\nCites [@nobody2020] here.\n");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, TestContent.SECTION_BODY_FIRST_LINE + 3, "citation");
			assertThat(problem.message()).contains("'nobody2020'");
		}

		@Test
		void unknownKeyAmongKnownOnes() {
			content.replace(BETA, "[@smith2020; @brown2022]", "[@smith2020; @typo2022]");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(BETA, TestContent.SECTION_BODY_FIRST_LINE, "citation");
			assertThat(onlyProblem().message()).contains("'typo2022'");
		}

		@Test
		void malformedCitation() {
			content.section("01-alpha.md", "alpha", 1, "Text.\n\nAs shown [@ berman and others.\n");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(ALPHA, TestContent.SECTION_BODY_FIRST_LINE + 2, "citation");
			assertThat(problem.message()).contains("malformed");
		}

		@Test
		void unclosedCitation() {
			content.write("article.md", TestContent.article("Lead.[@smith2020\n"));

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly("article.md", 8, "citation");
		}

		@Test
		void brokenReferenceIsReportedOnceNotAtEveryCitation() {
			content.replace(REFERENCES, "DOI: 10.1000/smith2020", "DOI: abc");

			// smith2020 is cited in article.md and beta, but only its entry is reported.
			assertThat(onlyProblem().file()).isEqualTo(REFERENCES);
		}

	}

	@Nested
	class Bibliography {

		private static final int JONES = TestContent.JONES_LINE;

		@Test
		void doiWrittenAsUrl() {
			content.replace(REFERENCES, "DOI: 10.1000/jones2021", "DOI: https://doi.org/10.1/x");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(REFERENCES, JONES + 8, "references[1].DOI");
			assertThat(problem.message()).contains("DOI like");
		}

		@Test
		void doiNotADoi() {
			content.replace(REFERENCES, "DOI: 10.1000/jones2021", "DOI: abc");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(REFERENCES, JONES + 8, "references[1].DOI");
		}

		@Test
		void pmidWithLetters() {
			content.replace(REFERENCES, "DOI: 10.1000/jones2021\n  PMID: \"12345\"",
					"DOI: 10.1000/jones2021\n  PMID: 12a45");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(REFERENCES, JONES + 9, "references[1].PMID");
			assertThat(problem.message()).contains("digits");
		}

		@Test
		void javascriptUrl() {
			content.replace(REFERENCES, "URL: https://example.org/jones2021", "URL: javascript:alert(1)");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(REFERENCES, JONES + 10, "references[1].URL");
			assertThat(problem.message()).contains("http(s)");
		}

		@Test
		void unknownEvidence() {
			content.replace(REFERENCES, "evidence: rct\n- id: brown2022", "evidence: strong\n- id: brown2022");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(REFERENCES, JONES + 11, "references[1].evidence");
			assertThat(problem.message()).contains("'strong'", "rct", "meta-analysis");
		}

		@Test
		void missingEvidence() {
			content.replace(REFERENCES, "  evidence: rct\n- id: brown2022", "- id: brown2022");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(REFERENCES, JONES, "references[1].evidence");
		}

		@Test
		void yearTooEarly() {
			content.replace(REFERENCES, "[[2021]]", "[[1700]]");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(REFERENCES, JONES + 5, "references[1].issued");
			assertThat(problem.message()).contains("year");
		}

		@Test
		void yearTooLate() {
			content.replace(REFERENCES, "[[2021]]", "[[" + (LocalDate.now().getYear() + 2) + "]]");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(REFERENCES, JONES + 5, "references[1].issued");
		}

		@Test
		void authorWithoutAName() {
			content.replace(REFERENCES, "{family: Jones, given: A. B.}", "{given: A. B.}");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(REFERENCES, JONES + 2, "references[1].author[0]");
		}

		@Test
		void duplicateId() {
			content.replace(REFERENCES, "- id: brown2022", "- id: smith2020");
			content.replace(BETA, "[@smith2020; @brown2022]", "[@smith2020]");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(REFERENCES, TestContent.BROWN_LINE, "id");
			assertThat(problem.message()).contains("'smith2020'", "line " + TestContent.SMITH_LINE);
		}

		@Test
		void badYamlSyntax() {
			content.replace(REFERENCES, "  page: 1-10\n  DOI: 10.1000/jones2021",
					"  page: 1-10: 12\n  DOI: 10.1000/jones2021");
			content.section("01-alpha.md", "alpha", 1, "No citations.\n");
			content.write("article.md", TestContent.article("No citations.\n"));
			content.section("02-beta.md", "beta", 2, "No citations.\n");

			ContentProblem problem = onlyProblem();
			assertThat(problem.file()).isEqualTo(REFERENCES);
			assertThat(problem.line()).isEqualTo(JONES + 7);
			assertThat(problem.message()).startsWith("invalid YAML");
		}

		@Test
		void notAListOfReferences() {
			content.write(REFERENCES, "entries: []\n");
			content.section("01-alpha.md", "alpha", 1, "No citations.\n");
			content.write("article.md", TestContent.article("No citations.\n"));
			content.section("02-beta.md", "beta", 2, "No citations.\n");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(REFERENCES, 1, "references");
		}

	}

	@Nested
	class Glossary {

		private static final String GLOSSARY = "glossary.yaml";

		private static final int PTSD = TestContent.PTSD_LINE;

		@Test
		void loadsEveryTermWithItsForms() {
			List<GlossaryTerm> glossary = content.load().glossary();

			assertThat(glossary).extracting(GlossaryTerm::term).containsExactly("Placebo", "Post-traumatic stress disorder");
			assertThat(glossary.get(0).forms()).containsExactly("Placebo", "placebos");
			assertThat(glossary.get(1).forms()).containsExactly("Post-traumatic stress disorder", "PTSD");
			assertThat(glossary.get(1).id()).isEqualTo("term-post-traumatic-stress-disorder");
			assertThat(glossary.get(1).name()).isEqualTo("Post-traumatic stress disorder (PTSD)");
		}

		@Test
		void realGlossaryLoads() {
			List<GlossaryTerm> glossary = new ContentLoader().load(Path.of("content")).glossary();

			assertThat(glossary).extracting(GlossaryTerm::name)
				.contains("NMDA receptor", "Glutamate", "Brain-derived neurotrophic factor (BDNF)",
						"Mechanistic target of rapamycin (mTOR)", "Synaptogenesis", "Dissociation", "Enantiomer",
						"Treatment-resistant depression", "Post-traumatic stress disorder (PTSD)",
						"Risk Evaluation and Mitigation Strategy (REMS)", "Midazolam", "Active placebo", "Open-label",
						"Randomised controlled trial", "Meta-analysis");
			assertThat(glossary).flatExtracting(GlossaryTerm::forms)
				.contains("(2R,6R)-hydroxynorketamine", "N-methyl-D-aspartate (NMDA) receptor");
		}

		@Test
		void missingFileIsAnError() {
			content.delete(GLOSSARY);

			assertThat(onlyProblem()).isEqualTo(new ContentProblem(GLOSSARY, 0, "", "file not found"));
		}

		@Test
		void notAListOfTerms() {
			content.write(GLOSSARY, "glossary: []\n");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(GLOSSARY, 1, "terms");
		}

		@Test
		void missingDefinitionNamesTheEntry() {
			content.replace(GLOSSARY, "    definition: A condition that can follow a frightening event.\n", "");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(GLOSSARY, PTSD, "terms[1].definition");
		}

		@Test
		void misspeltFieldIsUnknownNotIgnored() {
			content.replace(GLOSSARY, "abbreviation: PTSD", "abbrevation: PTSD");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(GLOSSARY, PTSD + 1, "terms[1].abbrevation");
			assertThat(problem.message()).contains("unknown field", "abbreviation");
		}

		@Test
		void definitionCannotCite() {
			content.replace(GLOSSARY, "A dummy treatment.", "A dummy treatment.[@smith2020]");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(GLOSSARY, TestContent.PLACEBO_LINE + 2, "terms[0].definition");
			assertThat(problem.message()).contains("cannot cite");
		}

		@Test
		void aFormOfTwoTermsNamesTheSecond() {
			content.replace(GLOSSARY, "abbreviation: PTSD", "aliases: [Placebos]");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(GLOSSARY, PTSD + 1, "terms[1].aliases[0]");
			assertThat(problem.message()).isEqualTo("'Placebos' is already a form of 'Placebo'");
		}

		@Test
		void twoTermsWithTheSameAnchor() {
			content.replace(GLOSSARY, "term: Post-traumatic stress disorder", "term: placebo!");

			ContentProblem problem = onlyProblem();
			assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(GLOSSARY, PTSD, "terms[1].term");
			assertThat(problem.message()).contains("line " + TestContent.PLACEBO_LINE);
		}

		@Test
		void aFormCutAtACommaByYamlIsRefused() {
			content.replace(GLOSSARY, "aliases: [placebos]", "aliases: [placebos, (2R,6R)-placebo]");

			List<ContentProblem> problems = content.problems();
			assertThat(problems).extracting(ContentProblem::field).containsExactly("terms[0].aliases[1]", "terms[0].aliases[2]");
			assertThat(problems.get(0).message()).contains("in quotes");
		}

		@Test
		void aFormOnSeveralLinesIsRefused() {
			content.replace(GLOSSARY, "aliases: [placebos]", "aliases: [\"placebo\\n pill\"]");

			assertThat(onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactly(GLOSSARY, TestContent.PLACEBO_LINE + 1, "terms[0].aliases[0]");
		}

	}

	@Nested
	class SeveralProblems {

		@Test
		void everyProblemInEveryFileIsReportedTogether() {
			content.replace("article.md", "lastReviewed: 2026-01-01", "lastreviewed: 2026-01-01");
			content.write("about.md", "");
			content.replace(ALPHA, "slug: alpha", "slug: Upper_Case");
			content.replace(BETA, "order: 2", "order: two");
			content.replace(REFERENCES, "evidence: rct\n- id: brown2022", "evidence: strong\n- id: brown2022");
			content.replace(REFERENCES, "DOI: 10.1000/brown2022", "DOI: abc");

			List<ContentProblem> problems = content.problems();
			assertThat(problems).extracting(ContentProblem::file)
				.containsOnly(REFERENCES, "article.md", "about.md", ALPHA, BETA);
			assertThat(problems).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.contains(tuple(REFERENCES, TestContent.JONES_LINE + 11, "references[1].evidence"),
						tuple(REFERENCES, TestContent.BROWN_LINE + 8, "references[2].DOI"),
						tuple("article.md", 4, "lastreviewed"), tuple("about.md", 1, ""),
						tuple(ALPHA, 3, "slug"), tuple(BETA, 4, "order"));
		}

		@Test
		void severalProblemsInOneFile() {
			content.replace(ALPHA, "slug: alpha", "slug: Upper_Case");
			content.replace(ALPHA, "summary: The alpha section.", "summary: \"\"");

			assertThat(content.problems()).extracting(ContentProblem::line, ContentProblem::field)
				.containsExactlyInAnyOrder(tuple(3, "slug"), tuple(5, "summary"));
		}

		@Test
		void severalUnreadableFieldsInOneFile() {
			content.replace(ALPHA, "order: 1", "order: abc");
			content.replace(ALPHA, "crisisNotice: false", "crisisNotice: maybe");

			assertThat(content.problems()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.contains(tuple(ALPHA, 4, "order"), tuple(ALPHA, 7, "crisisNotice"));
		}

		@Test
		void exceptionMessageListsEveryProblem() {
			content.write("about.md", "");
			content.replace(ALPHA, "slug: alpha", "slug: Upper_Case");

			InvalidContentException failure = org.assertj.core.api.Assertions
				.catchThrowableOfType(InvalidContentException.class, content::load);

			assertThat(failure.getMessage()).contains("2 problems", "about.md:1: file is empty",
					ALPHA + ":3: slug: " + Slugs.MESSAGE);
		}

	}

	@Nested
	class ProblemFormat {

		@Test
		void fileLineFieldMessage() {
			assertThat(new ContentProblem("sections/01-history.md", 4, "order", "must be a whole number"))
				.hasToString("sections/01-history.md:4: order: must be a whole number");
		}

		@Test
		void withoutField() {
			assertThat(new ContentProblem("about.md", 3, "", "is not valid UTF-8"))
				.hasToString("about.md:3: is not valid UTF-8");
		}

		@Test
		void withoutLine() {
			assertThat(new ContentProblem("about.md", 0, "", "file is empty")).hasToString("about.md: file is empty");
		}

		@Test
		void reportedProblemFormat() {
			content.replace(ALPHA, "order: 1", "order: abc");

			assertThat(onlyProblem()).hasToString(ALPHA + ":4: order: 'abc' is not a whole number");
		}

	}

}
