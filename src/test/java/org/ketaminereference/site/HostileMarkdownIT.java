package org.ketaminereference.site;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.HostileMarkdownCorpus;
import org.ketaminereference.content.HostileMarkdownCorpus.Case;
import org.ketaminereference.content.HostileMarkdownCorpus.HostileInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input of the hostile corpus, in every content file it can enter (the first section, the
 * about page, the glossary and the data file of each kind of figure; front-matter inputs only where there
 * is front matter), goes through the real pipeline: nothing executable may reach a page, and a
 * refusal must name the file and a line. See {@link HostileSites#assertNothingExecutable}. An
 * integration test because the whole corpus, about 900 site builds, takes longer than a unit test
 * should; {@code HostileMarkdownTests} runs a sample of it.
 */
class HostileMarkdownIT {

	@TempDir
	private Path temporary;

	@Test
	void noHostileInputPutsAnythingExecutableOnAPage() throws Exception {
		List<HostileInput> corpus = HostileMarkdownCorpus.all();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
		assertThat(corpus.stream().map(HostileInput::name).distinct()).hasSameSizeAs(corpus);
		List<Case> cases = HostileMarkdownCorpus.cases();
		assertThat(cases.stream().map(Case::place).distinct())
			.containsExactlyInAnyOrderElementsOf(HostileMarkdownCorpus.Place.all());
		assertThat(cases.stream().filter((c) -> c.place().equals(HostileMarkdownCorpus.Place.FIRST_SECTION)))
			.hasSameSizeAs(corpus);
		HostileSites.assertNothingExecutable(cases, temporary);
	}

}
