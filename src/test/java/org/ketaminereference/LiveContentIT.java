package org.ketaminereference;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.TestContent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An author edits the content with {@code reference.watch=true}: a saved change is served
 * without a restart, a broken save keeps the last good version serving, and the next good save
 * (here to the bibliography) is served again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class LiveContentIT {

	/** Generous for slow shared machines; a rebuild takes about a second on a laptop. */
	private static final Duration REBUILD_TIMEOUT = Duration.ofSeconds(60);

	/** Deleted by JUnit only after Spring has closed the context, so the watcher sees no deletion. */
	@TempDir
	static Path temp;

	private static TestContent content;

	@DynamicPropertySource
	static void watchACopyOfTheContent(DynamicPropertyRegistry registry) {
		content = TestContent.copyOfArticle(temp.resolve("content"));
		registry.add("reference.content-dir", content.directory()::toString);
		registry.add("reference.watch", () -> "true");
	}

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aSavedEditIsServedAndABrokenOneKeepsTheLastGoodVersion(CapturedOutput output) throws Exception {
		assertThat(title("/history")).isEqualTo("History and anaesthetic use");

		content.replace("sections/01-history.md", "title: History and anaesthetic use",
				"title: History of ketamine");
		await().atMost(REBUILD_TIMEOUT).untilAsserted(() -> assertThat(title("/history")).isEqualTo("History of ketamine"));

		content.replace("sections/01-history.md", "order: 1", "order: first");
		await().atMost(REBUILD_TIMEOUT)
			.untilAsserted(() -> assertThat(output).contains("sections/01-history.md:4: order: 'first' is not a whole number",
					"The last good version of the site keeps serving."));
		assertThat(title("/history")).isEqualTo("History of ketamine");

		content.replace("sections/01-history.md", "order: first", "order: 1");
		content.replace("references.yaml", "title: Ketamine use in current clinical practice",
				"title: Ketamine use in clinical practice today");
		await().atMost(REBUILD_TIMEOUT)
			.untilAsserted(() -> assertThat(text("/references", "#ref-gao2016")).contains("clinical practice today"));
	}

	private String title(String path) throws Exception {
		return text(path, "h1");
	}

	private String text(String path, String selector) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
		return Jsoup.parse(response.body()).select(selector).text();
	}

}
