package org.ketaminereference;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
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
 * Faults the site survives while it watches its content ({@code reference.watch=true}): in each
 * case readers keep getting the last good version with status 200 once the fault has been seen
 * (the problem logged with its file and line), and the first good save after it is served. Each
 * test starts from a good version whose first section's title is a marker of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class ContentFaultsIT {

	/** Generous for slow shared machines; a rebuild of this small content takes well under a second. */
	private static final Duration REBUILD_TIMEOUT = Duration.ofSeconds(60);

	private static final String FIRST = TestContent.FIRST;

	private static final AtomicInteger VERSION = new AtomicInteger();

	/** Deleted by JUnit only after Spring has closed the context. */
	@TempDir
	static Path temp;

	private static TestContent content;

	@DynamicPropertySource
	static void watchTheLinkedFixture(DynamicPropertyRegistry registry) {
		content = TestContent.linked(temp.resolve("content"));
		registry.add("reference.content-dir", content.directory()::toString);
		registry.add("reference.watch", () -> "true");
	}

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	/** The title of the last good version. */
	private String good;

	@BeforeEach
	void serveAGoodVersion() throws Exception {
		good = save(content);
	}

	@Test
	void aHalfWrittenFile(CapturedOutput output) throws Exception {
		String text = content.read(FIRST);
		content.write(FIRST, text.substring(0, text.indexOf("summary:")));
		assertLastGoodServedAfter(output, FIRST + ":1: front matter is not closed");
		save(content);
	}

	@Test
	void aFileTruncatedToNothing(CapturedOutput output) throws Exception {
		content.write(FIRST, "");
		assertLastGoodServedAfter(output, FIRST + ":1: file is empty");
		save(content);
	}

	@Test
	void aFileThatIsNotUtf8(CapturedOutput output) throws Exception {
		content.writeBytes(FIRST, content.read(FIRST).replace("Another sentence", "Caf\u00e9 sentence")
			.getBytes(StandardCharsets.ISO_8859_1));
		assertLastGoodServedAfter(output, FIRST + ":17: is not valid UTF-8");
		save(content);
	}

	/** The other section links to the deleted one, so the deletion is a broken link, not a smaller site. */
	@Test
	void aDeletedSectionFile(CapturedOutput output) throws Exception {
		String second = content.read(TestContent.SECOND);
		content.delete(TestContent.SECOND);
		assertLastGoodServedAfter(output, FIRST + ":12: link: no page at '/second'");
		content.write(TestContent.SECOND, second);
		save(content);
	}

	@Test
	void theContentFolderRemovedAndRestored(CapturedOutput output) throws Exception {
		Path folder = content.directory();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		assertLastGoodServedAfter(output, folder + ": content directory not found");
		save(TestContent.linked(folder));
	}

	@Test
	void aBurstOfAHundredSavesInASecond(CapturedOutput output) throws Exception {
		String text = content.read(FIRST);
		String last = null;
		for (int i = 1; i <= 100; i++) {
			last = "Burst " + VERSION.incrementAndGet();
			content.write(FIRST, text.replace("title: " + good, "title: " + last));
			Thread.sleep(10);
			if (i % 20 == 0) {
				assertThat(title()).as("a reader during the burst").isNotBlank();
			}
		}
		String expected = last;
		await().atMost(REBUILD_TIMEOUT).untilAsserted(() -> assertThat(title()).isEqualTo(expected));
		assertThat(output).doesNotContain("Could not rebuild the site");
	}

	/**
	 * Waits until the watcher has logged the fault, then checks that readers still get the last
	 * good version: the log line shows the fault was read, so the check is not made too early.
	 */
	private void assertLastGoodServedAfter(CapturedOutput output, String problem) throws Exception {
		await().atMost(REBUILD_TIMEOUT)
			.untilAsserted(() -> assertThat(output).contains(problem, "The last good version of the site keeps serving."));
		for (String path : List.of("/first", "/second", "/")) {
			assertThat(status(path)).as("status of %s after the fault", path).isEqualTo(200);
		}
		assertThat(title()).isEqualTo(good);
	}

	/** Saves a good first section with a new title and waits until that title is served. */
	private String save(TestContent to) throws Exception {
		String title = "Version " + VERSION.incrementAndGet();
		to.write(FIRST, TestContent.LINKED.get(FIRST).replace("title: First section", "title: " + title));
		await().atMost(REBUILD_TIMEOUT).untilAsserted(() -> assertThat(title()).isEqualTo(title));
		return title;
	}

	private String title() throws Exception {
		HttpResponse<String> response = get("/first");
		assertThat(response.statusCode()).as("status of /first").isEqualTo(200);
		return Jsoup.parse(response.body()).select("h1").text();
	}

	private int status(String path) throws Exception {
		return get(path).statusCode();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
