package org.ketaminereference.render;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.InvalidContentException;
import org.ketaminereference.content.TestContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Loads and renders a test content directory, and parses what comes out. */
final class Rendering {

	private Rendering() {
	}

	static RenderedArticle render(TestContent content) {
		return new ArticleRenderer().render(content.load(), LayoutIds.NONE);
	}

	/** Renders content that loads but must fail to render, and returns the problems. */
	static List<ContentProblem> renderProblems(TestContent content) {
		var loaded = content.load();
		InvalidContentException failure = catchThrowableOfType(InvalidContentException.class,
				() -> new ArticleRenderer().render(loaded, LayoutIds.NONE));
		assertThat(failure).as("rendering should fail").isNotNull();
		return failure.problems();
	}

	/** The first section's body after rendering {@code markdown} as that section. */
	static Element firstSection(TestContent content, String markdown) {
		content.section("01-alpha.md", "alpha", 1, markdown);
		return parse(render(content).sections().get(0).body().html());
	}

	static Element parse(String html) {
		return Jsoup.parseBodyFragment(html).body();
	}

}
