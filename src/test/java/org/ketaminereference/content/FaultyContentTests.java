package org.ketaminereference.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketaminereference.content.FaultyContentCatalogue.FaultyContent;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each mistake of the {@link FaultyContentCatalogue} stops the content from loading and rendering
 * as a start renders it, with exactly the problems it lists: the file, the line and what to fix.
 */
class FaultyContentTests {

	/** Stateless; building the loader's validator once keeps the catalogue quick. */
	private static final ContentLoader LOADER = SiteArticle.contentLoader();

	@TempDir
	private Path directory;

	@Test
	void theFixtureItselfIsValid() {
		Content content = LOADER.load(TestContent.linked(directory).directory());
		assertThat(SiteArticle.render(content).sections()).hasSize(2);
	}

	static List<FaultyContent> catalogue() {
		return FaultyContentCatalogue.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("catalogue")
	void eachMistakeIsReportedWithFileAndLine(FaultyContent faulty) {
		assertThat(problemsOf(faulty.content(directory))).containsExactlyElementsOf(faulty.problems());
	}

	@Test
	void mistakesInSeveralFilesAreReportedTogether() {
		List<FaultyContent> mistakes = catalogue().stream()
			.filter((faulty) -> Set.of("a number that is not one", "a malformed DOI", "an empty file").contains(faulty.name()))
			.toList();
		TestContent content = TestContent.linked(directory);
		for (FaultyContent faulty : mistakes) {
			faulty.mistake().apply(content);
		}
		assertThat(problemsOf(content))
			.containsExactlyInAnyOrderElementsOf(mistakes.stream().flatMap((faulty) -> faulty.problems().stream()).toList());
	}

	private List<String> problemsOf(TestContent content) {
		Path written = content.directory();
		InvalidContentException failure = catchThrowableOfType(InvalidContentException.class,
				() -> SiteArticle.render(LOADER.load(written)));
		assertThat(failure).as("the content is refused").isNotNull();
		return failure.problems().stream().map(ContentProblem::toString).toList();
	}

}
