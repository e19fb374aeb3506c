package org.ketaminereference.content;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ContentLoader} checks section slugs and their old addresses (aliases). */
class SlugsAndAliasesTests {

	private final TestContent content;

	SlugsAndAliasesTests(@TempDir Path directory) {
		content = TestContent.in(directory);
	}

	@Test
	void duplicateSlugAcrossTwoFiles() {
		content.replace(TestContent.BETA, "slug: beta", "slug: alpha");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.BETA, 3, "slug");
		assertThat(problem.message()).contains("'alpha'", TestContent.ALPHA);
	}

	@Test
	void aliasEqualToAnEarlierSectionsSlug() {
		content.replace(TestContent.BETA, "aliases: []", "aliases: [alpha]");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.BETA, 8, "aliases");
		assertThat(problem.message()).contains("'alpha'", TestContent.ALPHA);
	}

	@Test
	void aliasEqualToALaterSectionsSlugBlamesTheAlias() {
		content.replace(TestContent.ALPHA, "aliases: []", "aliases: [beta]");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, 8, "aliases");
		assertThat(problem.message()).contains("'beta'", TestContent.BETA);
	}

	@Test
	void reservedSlug() {
		content.replace(TestContent.ALPHA, "slug: alpha", "slug: about");

		ContentProblem problem = content.onlyProblem();
		assertThat(problem).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, 3, "slug");
		assertThat(problem.message()).contains("'about'", "reserved");
	}

	@Test
	void reservedAlias() {
		content.replace(TestContent.ALPHA, "aliases: []", "aliases: [references]");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.ALPHA, 8, "aliases");
	}

	@Test
	void duplicateOrder() {
		content.replace(TestContent.BETA, "order: 2", "order: 1");

		assertThat(content.onlyProblem()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
			.containsExactly(TestContent.BETA, 4, "order");
	}

}
