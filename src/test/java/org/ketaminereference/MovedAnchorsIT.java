package org.ketaminereference;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ketaminereference.content.TestContent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Old links keep working after content moves, over real HTTP: a section that was 'history' is
 * now 'story', one of its headings was renamed and one moved to another section, each declared
 * in its front matter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MovedAnchorsIT {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@DynamicPropertySource
	static void movedContent(DynamicPropertyRegistry registry) throws IOException {
		Path directory = Path.of("target", "moved-anchors-content");
		FileSystemUtils.deleteRecursively(directory);
		TestContent content = TestContent.in(directory);
		content.section("01-alpha.md", "story", 1, "## Replacing phencyclidine\n\nText.\n\n## Animals\n\nText.\n");
		content.section("02-beta.md", "beta", 2, "## Warnings in the label\n\nText.\n");
		content.replace("sections/01-alpha.md", "aliases: []\n", """
				aliases: [history]
				anchorAliases:
				  a-replacement-for-phencyclidine: replacing-phencyclidine
				  veterinary-anaesthesia: beta#warnings-in-the-label
				""");
		registry.add("reference.content-dir", directory::toString);
	}

	@Test
	void theOldSlugRedirectsToTheNewOne() throws Exception {
		HttpResponse<String> response = get("/history");
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValue("/story");
	}

	@Test
	void aRenamedHeadingKeepsItsOldIdRightBeforeIt() throws Exception {
		for (String path : new String[] { "/story", "/article" }) {
			Element alias = page(path).getElementById("a-replacement-for-phencyclidine");
			assertThat(alias).as("alias on %s", path).isNotNull();
			assertThat(alias.hasClass("anchor-alias")).isTrue();
			assertThat(alias.nextElementSibling().id()).as("heading after the alias on %s", path)
				.isEqualTo("replacing-phencyclidine");
		}
	}

	@Test
	void aHeadingMovedToAnotherSectionLeavesANoteThatLinksToIt() throws Exception {
		Element note = page("/story").getElementById("veterinary-anaesthesia");
		assertThat(note).isNotNull();
		assertThat(note.hasClass("anchor-alias-note")).isTrue();
		Element link = note.selectFirst("a[href=/beta#warnings-in-the-label]");
		assertThat(link).isNotNull();
		assertThat(page("/beta").getElementById("warnings-in-the-label").text()).startsWith(link.text());
	}

	@Test
	void theOnePageArticleKeepsTheOldSlugAsAnAnchorWithoutDuplicateIds() throws Exception {
		Document article = page("/article");
		Element oldSlug = article.getElementById("history");
		assertThat(oldSlug).isNotNull();
		assertThat(oldSlug.nextElementSibling().id()).isEqualTo("story");
		Set<String> ids = new HashSet<>();
		for (Element element : article.select("[id]")) {
			assertThat(ids.add(element.id())).as("duplicate id '%s'", element.id()).isTrue();
		}
	}

	private Document page(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
