package org.ketaminereference.content;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** How a content problem reads: {@code file:line: field: message}. */
class ProblemFormatTests {

	private final TestContent content;

	ProblemFormatTests(@TempDir Path directory) {
		content = TestContent.in(directory);
	}

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
		content.replace(TestContent.ALPHA, "order: 1", "order: abc");

		assertThat(content.onlyProblem()).hasToString(TestContent.ALPHA + ":4: order: 'abc' is not a whole number");
	}

}
