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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Old links keep working after content moves, over real HTTP: a copy of the real content in
 * which the history section got a new slug and two of its headings were renamed or moved, each
 * declared in the front matter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MovedAnchorsIT {

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@DynamicPropertySource
	static void movedContent(DynamicPropertyRegistry registry) throws IOException {
		Path content = TestContent.copyTo(Path.of("target", "moved-anchors-content"));
		Path history = content.resolve("sections/01-history.md");
		Files.writeString(history, Files.readString(history)
			.replace("\nslug: history\n", "\nslug: story\n")
			.replace("\naliases: []\n", """

					aliases: [history]
					anchorAliases:
					  a-replacement-for-phencyclidine: replacing-phencyclidine
					  veterinary-anaesthesia: risks#warnings-in-the-anaesthetic-label
					""")
			.replace("\n## A replacement for phencyclidine\n", "\n## Replacing phencyclidine\n")
			.replace("\n## Veterinary anaesthesia\n", "\n## Animals\n"));
		registry.add("reference.content-dir", content::toString);
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
		Element link = note.selectFirst("a[href=/risks#warnings-in-the-anaesthetic-label]");
		assertThat(link).isNotNull();
		assertThat(page("/risks").getElementById("warnings-in-the-anaesthetic-label").text()).startsWith(link.text());
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
