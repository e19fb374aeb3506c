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
 * Every input of the hostile corpus, put in the first section, goes through the real pipeline
 * (refusals must name the file and a line). The other files a Markdown body can enter (the about
 * page, the glossary, the three figure data files) are covered by the sample of
 * {@code HostileMarkdownTests}; {@link HostileMarkdownCorpus#cases()} would run every input in
 * every one of them, about 900 builds, not yet timed on the CI machine. See
 * {@link HostileSites#assertNothingExecutable}. An integration test because the whole corpus takes
 * longer than a unit test should.
 */
class HostileMarkdownIT {

	@TempDir
	private Path temporary;

	@Test
	void noHostileInputPutsAnythingExecutableOnAPage() throws Exception {
		List<HostileInput> corpus = HostileMarkdownCorpus.all();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
		assertThat(corpus.stream().map(HostileInput::name).distinct()).hasSameSizeAs(corpus);
		HostileSites.assertNothingExecutable(
				corpus.stream().map((input) -> new Case(input, HostileMarkdownCorpus.Place.FIRST_SECTION)).toList(), temporary);
	}

}
