package org.ketaminereference;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.aayushatharva.brotli4j.decoder.Decoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.cli.CommandLine;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.SiteBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code --export=DIR} as {@code main()} does, then asks the running application for the
 * URL of every exported file, as a static server would map it, and compares the bytes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticExportIT {

	@LocalServerPort
	private int port;

	@Autowired
	private CurrentSite site;

	@Autowired
	private SiteBuilder builder;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private Path export;

	private List<String> files;

	@BeforeAll
	void export(@TempDir Path temp) throws Exception {
		export = temp.resolve("site");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(new CommandLine(KetamineReferenceApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err)
			.run("--export=" + export)).hasValue(0);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Exported", export.toString());
		try (Stream<Path> walk = Files.walk(export)) {
			files = walk.filter(Files::isRegularFile).map((file) -> export.relativize(file).toString()).toList();
		}
	}

	@Test
	void everyPageOfTheSiteIsExported() {
		Set<String> exportedUrls = new HashSet<>(files.stream().map(StaticExportIT::urlOf).toList());
		assertThat(exportedUrls).containsAll(site.snapshot().pages().keySet())
			.contains("/", "/history", "/article", "/references", "/about");
		assertThat(files).contains("404.html", "index.html", "history/index.html", "changes.atom", "article.pdf",
				"article-letter.pdf")
			.anySatisfy((file) -> assertThat(file).matches("assets/site\\.[0-9a-f]{12}\\.css"));
	}

	@Test
	void theExportSearchesInTheBrowserWhereTheServerSearchesPerRequest() {
		Set<String> staticOnly = builder.staticSearch(site.snapshot()).keySet();

		assertThat(staticOnly).contains("/search")
			.anySatisfy((path) -> assertThat(path).matches("/assets/search-index\\.[0-9a-f]{12}\\.json"))
			.anySatisfy((path) -> assertThat(path).matches("/assets/minisearch-7\\.2\\.0\\.[0-9a-f]{12}\\.js"))
			.contains("/assets/minisearch-7.2.0.LICENSE.txt");
		assertThat(files).contains("search/index.html");
		assertThat(new HashSet<>(files.stream().map(StaticExportIT::urlOf).toList())).containsAll(staticOnly);
		assertThat(site.snapshot().pages().keySet()).doesNotContainAnyElementsOf(staticOnly);
	}

	@Test
	void everyExportedFileHoldsExactlyTheBytesTheServerSendsForItsUrl() throws Exception {
		Set<String> staticOnly = builder.staticSearch(site.snapshot()).keySet();
		for (String file : files.stream()
			.filter((file) -> !file.startsWith("404.html") && !staticOnly.contains(urlOf(uncompressed(file))))
			// nginx's configuration snippets, not pages (NginxRecipeIT serves the export with them).
			.filter((file) -> !file.startsWith(".nginx/"))
			.filter((file) -> !file.endsWith(".br"))
			.toList()) {
			String url = urlOf(uncompressed(file));
			HttpResponse<byte[]> response = file.endsWith(".gz") ? get(url, "gzip") : get(url, "identity");
			assertThat(response.statusCode()).as("status of %s", url).isEqualTo(200);
			assertThat(response.body()).as("bytes of %s", file).isEqualTo(Files.readAllBytes(export.resolve(file)));
		}
	}

	/** The Brotli files hold the bytes of the file they are beside, and are smaller than its gzip form. */
	@Test
	void everyBrotliFileIsTheFileBesideItCompressed() throws Exception {
		List<String> brotli = files.stream().filter((file) -> file.endsWith(".br")).toList();
		assertThat(brotli).contains("index.html.br", "history/index.html.br", "404.html.br")
			.anySatisfy((file) -> assertThat(file).matches("assets/site\\.[0-9a-f]{12}\\.css\\.br"));
		for (String file : brotli) {
			byte[] compressed = Files.readAllBytes(export.resolve(file));
			Path plain = export.resolve(uncompressed(file));
			assertThat(Decoder.decompress(compressed).getDecompressedData()).as("%s decoded", file)
				.isEqualTo(Files.readAllBytes(plain));
			assertThat(compressed.length).as("bytes of %s", file)
				.isLessThan((int) Files.size(plain.resolveSibling(plain.getFileName() + ".gz")));
		}
	}

	/** The file a precompressed {@code .gz} or {@code .br} file stands beside. */
	private static String uncompressed(String file) {
		return file.replaceFirst("\\.(gz|br)$", "");
	}

	@Test
	void theNotFoundFileIsTheServersNotFoundPage() throws Exception {
		HttpResponse<byte[]> response = get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).isEqualTo(Files.readAllBytes(export.resolve("404.html")));
	}

	/** The URL an ordinary static server answers with this file. */
	static String urlOf(String file) {
		String path = "/" + file.replace('\\', '/');
		if (path.equals("/index.html")) {
			return "/";
		}
		return path.endsWith("/index.html") ? path.substring(0, path.length() - "/index.html".length()) : path;
	}

	private HttpResponse<byte[]> get(String path) throws Exception {
		return get(path, "identity");
	}

	/** {@code identity}: the plain bytes, as a static server without precompressed files sends them. */
	private HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept-Encoding", acceptEncoding)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
