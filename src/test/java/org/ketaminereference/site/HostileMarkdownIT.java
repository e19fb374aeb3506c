package org.ketaminereference.site;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.HostileMarkdownCorpus;
import org.ketaminereference.content.HostileMarkdownCorpus.HostileInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input of the hostile corpus goes through the real pipeline (see
 * {@link HostileSites#assertNothingExecutable}). An integration test because the whole corpus
 * takes longer than a unit test should; {@code HostileMarkdownTests} runs a sample.
 */
class HostileMarkdownIT {

	@TempDir
	private Path temporary;

	@Test
	void noHostileInputPutsAnythingExecutableOnAPage() throws Exception {
		List<HostileInput> corpus = HostileMarkdownCorpus.all();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
		assertThat(corpus.stream().map(HostileInput::name).distinct()).hasSameSizeAs(corpus);
		HostileSites.assertNothingExecutable(corpus, temporary);
	}

}
