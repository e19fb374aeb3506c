package org.ketaminereference.content;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ContentLoader} reads and checks {@code glossary.yaml}. */
class GlossaryTests {

	private final TestContent content;

	GlossaryTests(@TempDir Path directory) {
		content = TestContent.in(directory);
	}

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
		List<GlossaryTerm> glossary = SiteArticle.contentLoader().load(Path.of("content")).glossary();

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

		assertThat(content.onlyProblem()).isEqualTo(new ContentProblem(GLOSSARY, 0, "", "file not found"));
	}

	@Test
	void notAListOfTerms() {
		content.write(GLOSSARY, "glossary: []\n");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(GLOSSARY, 1, "terms");
	}

	@Test
	void missingDefinitionNamesTheEntry() {
		content.replace(GLOSSARY, "    definition: A condition that can follow a frightening event.\n", "");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(GLOSSARY, PTSD, "terms[1].definition");
	}

	@Test
	void misspeltFieldIsUnknownNotIgnored() {
		content.replace(GLOSSARY, "abbreviation: PTSD", "abbrevation: PTSD");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(GLOSSARY, PTSD + 1, "terms[1].abbrevation");
		assertThat(problem.message()).contains("unknown field", "abbreviation");
	}

	@Test
	void definitionCannotCite() {
		content.replace(GLOSSARY, "A dummy treatment.", "A dummy treatment.[@smith2020]");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(GLOSSARY, TestContent.PLACEBO_LINE + 2, "terms[0].definition");
		assertThat(problem.message()).contains("cannot cite");
	}

	@Test
	void aFormOfTwoTermsNamesTheSecond() {
		content.replace(GLOSSARY, "abbreviation: PTSD", "aliases: [Placebos]");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(GLOSSARY, PTSD + 1, "terms[1].aliases[0]");
		assertThat(problem.message()).isEqualTo("'Placebos' is already a form of 'Placebo'");
	}

	@Test
	void twoTermsWithTheSameAnchor() {
		content.replace(GLOSSARY, "term: Post-traumatic stress disorder", "term: placebo!");

		ContentProblem problem = content.onlyProblem();
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

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(GLOSSARY, TestContent.PLACEBO_LINE + 1, "terms[0].aliases[0]");
	}

}
