package org.ketaminereference.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.Content;
import org.ketaminereference.content.TestContent;
import org.ketaminereference.render.LayoutIds;
import org.ketaminereference.routes.Routes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ids of the layout that the link check lets a link point at, page by page, against the pages
 * as built: a link the check passes must lead to an element of the page it names.
 */
class SiteArticleTests {

	private static final String FACTS = """
			facts:
			  - label: Drug class
			    values:
			      - text: An anaesthetic
			        cite: [jones2021]
			""";

	@TempDir
	Path directory;

	@Test
	void everyLayoutIdALinkMayPointAtIsOnThePageItNames() {
		assertLayoutIdsAreOnTheirPages(TestContent.linked(directory).write("facts.yaml", FACTS).directory());
	}

	@Test
	void withoutFactsNoLinkMayPointAtTheFactsBox() {
		Path content = TestContent.linked(directory).directory();
		assertLayoutIdsAreOnTheirPages(content);
		LayoutIds layout = SiteArticle.layoutIds(SiteArticle.contentLoader().load(content));
		assertThat(layout.on(Routes.HOME)).doesNotContain(SiteBuilder.FACTS_ID).contains("lead");
	}

	@Test
	void theRealContentsLayoutIdsAreOnTheirPagesToo() {
		assertLayoutIdsAreOnTheirPages(Path.of("content"));
	}

	private static void assertLayoutIdsAreOnTheirPages(Path contentDir) {
		Content content = SiteArticle.contentLoader().load(contentDir);
		LayoutIds layout = SiteArticle.layoutIds(content);
		SiteSnapshot site = new SiteBuilder().build(SiteArticle.render(content),
				new ReferenceProperties(contentDir, "https://example.org", false, null, null));
		List<String> paths = new ArrayList<>(Routes.PAGES);
		content.sections().forEach((section) -> paths.add(Routes.section(section.metadata().slug())));
		for (String path : paths) {
			Document page = Jsoup.parse(new String(site.pages().get(path).body(), StandardCharsets.UTF_8));
			for (String id : layout.on(path)) {
				assertThat(page.getElementById(id)).as("#%s on %s", id, path).isNotNull();
			}
		}
	}

}
