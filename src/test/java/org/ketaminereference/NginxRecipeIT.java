package org.ketaminereference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketaminereference.cli.CommandLine;
import org.ketaminereference.content.TestContent;
import org.ketaminereference.pdf.ArticlePdfs;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.SiteBuilder;
import org.ketaminereference.site.SiteSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nginx recipe ({@code deploy/nginx/ketamine-reference.conf}) against the real thing: runs
 * {@code --export}, serves the export with nginx and the recipe on a free port, and compares
 * nginx's answers with the application's, serving the same content (the article, with one old
 * slug so that there is a redirect). Skipped where nginx is not installed, but required on CI
 * ({@link RequiredChecks}), which installs Debian's {@code nginx-light}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxRecipeIT {

	private static final Path RECIPE = Path.of("deploy/nginx/ketamine-reference.conf");

	/** Where the recipe expects the export, and the port it listens on: the test puts its own. */
	private static final String RECIPE_ROOT = "/srv/ketamine-reference";

	private static final String RECIPE_LISTEN = "listen 80;";

	private static final Path CONTENT = Path.of("target", "nginx-recipe-content");

	/** An old slug of the history section, added to the article for this test. */
	private static final String OLD_SLUG = "/origins";

	/**
	 * Headers each server computes in its own way (dates, validators, lengths, connection
	 * handling) or that are compared on their own ({@code Content-Type}, {@code Vary}); every other
	 * header must be the same.
	 */
	private static final List<String> OWN_HEADERS = List.of("date", "content-length", "content-type", "etag",
			"last-modified", "server", "connection", "keep-alive", "transfer-encoding", "vary", "accept-ranges",
			":status");

	@LocalServerPort
	private int port;

	@Autowired
	private CurrentSite site;

	@Autowired
	private SiteBuilder builder;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private Path export;

	private List<String> files;

	private Process nginx;

	private int nginxPort;

	private Path nginxDirectory;

	@DynamicPropertySource
	static void contentWithAnOldSlug(DynamicPropertyRegistry registry) {
		FileSystemUtils.deleteRecursively(CONTENT.toFile());
		TestContent.copyOfArticle(CONTENT)
			.replace("sections/01-history.md", "aliases: []", "aliases: [" + OLD_SLUG.substring(1) + "]");
		registry.add("reference.content-dir", CONTENT::toString);
	}

	@BeforeAll
	void exportAndServeWithNginx(@TempDir Path temp) throws Exception {
		Path binary = Stream.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
		if (binary == null) {
			RequiredChecks.skipOrFail("nginx is not installed (Debian: apt-get install nginx-light)");
		}
		export = temp.resolve("site");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(new CommandLine(KetamineReferenceApplication.class, new PrintStream(out, true, StandardCharsets.UTF_8),
				System.err)
			.run("--export=" + export, "--reference.content-dir=" + CONTENT)).hasValue(0);
		try (Stream<Path> walk = Files.walk(export)) {
			files = walk.filter(Files::isRegularFile).map((file) -> export.relativize(file).toString()).toList();
		}
		nginxDirectory = Files.createDirectories(temp.resolve("nginx"));
		nginxPort = freePort();
		String recipe = Files.readString(RECIPE);
		assertThat(recipe).containsOnlyOnce(RECIPE_LISTEN).contains(RECIPE_ROOT);
		Files.writeString(nginxDirectory.resolve("ketamine-reference.conf"),
				recipe.replace(RECIPE_ROOT, export.toAbsolutePath().toString())
					.replace(RECIPE_LISTEN, "listen 127.0.0.1:" + nginxPort + ";"));
		// A minimal main configuration around the recipe, as Debian's includes sites-enabled/ in
		// its http context; one process, in the foreground, writing only into this folder.
		Path conf = nginxDirectory.resolve("nginx.conf");
		Files.writeString(conf, """
				daemon off;
				master_process off;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events { worker_connections 64; }
				http {
				    access_log off;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    include %1$s/ketamine-reference.conf;
				}
				""".formatted(nginxDirectory.toAbsolutePath()));
		nginx = new ProcessBuilder(binary.toString(), "-p", nginxDirectory.toString(), "-e",
				nginxDirectory.resolve("error.log").toString(), "-c", conf.toString())
			.redirectErrorStream(true)
			.redirectOutput(nginxDirectory.resolve("stdout.log").toFile())
			.start();
		awaitNginx();
	}

	@AfterAll
	void stopNginx() throws InterruptedException {
		if (nginx != null) {
			nginx.destroy();
			nginx.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** Every file of the export, with the content type the application sends for its URL. */
	@Test
	void servesEveryFileWithTheApplicationsContentType() throws Exception {
		Map<String, String> expected = contentTypes();
		List<String> urls = files.stream()
			.filter((file) -> !file.endsWith(".gz") && !file.endsWith(".br") && !file.startsWith(".nginx/")
					&& !file.equals("404.html"))
			.map(StaticExportIT::urlOf)
			.filter((url) -> !site.snapshot().redirects().containsKey(url))
			.toList();
		assertThat(urls).contains("/", "/history", "/changes.atom", "/sitemap.xml", "/robots.txt", "/article.pdf",
				"/cite/history.bib", "/cite/history.ris", "/cite/history.json", "/search")
			.anySatisfy((url) -> assertThat(url).endsWith(".css"))
			.anySatisfy((url) -> assertThat(url).endsWith(".js"))
			.anySatisfy((url) -> assertThat(url).startsWith("/assets/search-index.").endsWith(".json"));
		for (String url : urls) {
			HttpResponse<byte[]> response = get(nginxPort, url, "identity");
			assertThat(response.statusCode()).as("status of %s", url).isEqualTo(200);
			assertThat(expected).as("the application's type of %s", url).containsKey(url);
			assertSameType(url, response.headers(), expected.get(url));
		}
	}

	/** gzip_static: the export's .gz file, the bytes the application sends, to a client that takes gzip. */
	@Test
	void sendsThePrecompressedGzipFileToClientsThatTakeGzip() throws Exception {
		List<String> gzipped = files.stream()
			.filter((file) -> file.endsWith(".gz"))
			.filter((file) -> !site.snapshot().redirects().containsKey(StaticExportIT.urlOf(file.replaceFirst("\\.gz$", ""))))
			.toList();
		assertThat(gzipped).contains("index.html.gz", "history/index.html.gz", "changes.atom.gz");
		for (String file : gzipped) {
			String plain = file.substring(0, file.length() - ".gz".length());
			String url = plain.equals("404.html") ? "/no-such-page" : StaticExportIT.urlOf(plain);
			HttpResponse<byte[]> response = get(nginxPort, url, "gzip");
			assertThat(response.headers().firstValue("Content-Encoding")).as("coding of %s", url).hasValue("gzip");
			assertThat(response.headers().allValues("Vary")).as("Vary of %s", url).contains("Accept-Encoding");
			assertThat(response.body()).as("bytes of %s", url).isEqualTo(Files.readAllBytes(export.resolve(file)));
			HttpResponse<byte[]> identity = get(nginxPort, url, "identity");
			assertThat(identity.headers().firstValue("Content-Encoding")).as("coding of %s", url).isEmpty();
			assertThat(identity.body()).as("bytes of %s", url).isEqualTo(Files.readAllBytes(export.resolve(plain)));
		}
	}

	/**
	 * Pages, a hashed asset, a citation file, the 404 page, an old slug, a page's address with a
	 * slash, and the export's files behind the addresses (a page's index.html, a .gz or .br form,
	 * which the application does not answer): the same status and the same headers (security headers, caching, download name,
	 * redirect target) from nginx as from the application.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/", "/history", "/article", "/changes.atom", "/sitemap.xml", "/cite/history.bib",
			"/cite/article.json", "/assets/", "STYLESHEET", "/no-such-page", "/assets/site.000000000000.css", OLD_SLUG,
			"/history/", "/cite/", "/404.html", "/.nginx/redirects.conf", "/index.html", "/history/index.html",
			"/history/index.html.gz", "/history/index.html.br", "/404.html.gz", "STYLESHEET.gz" })
	void answersWithTheApplicationsStatusAndHeaders(String path) throws Exception {
		String url = path.startsWith("STYLESHEET") ? path.replace("STYLESHEET", stylesheet()) : path;
		HttpResponse<byte[]> application = get(port, url, "identity");
		HttpResponse<byte[]> fromNginx = get(nginxPort, url, "identity");
		assertThat(fromNginx.statusCode()).as("status of %s", url).isEqualTo(application.statusCode());
		assertThat(sharedHeaders(fromNginx.headers())).as("headers of %s", url)
			.isEqualTo(sharedHeaders(application.headers()));
		if (application.statusCode() == 404) {
			assertThat(fromNginx.body()).as("the 404 page for %s", url)
				.isEqualTo(Files.readAllBytes(export.resolve("404.html")));
		}
	}

	@Test
	void cachesHashedAssetsForAYearAndPagesForFiveMinutes() throws Exception {
		assertThat(get(nginxPort, stylesheet(), "gzip").headers().firstValue("Cache-Control"))
			.hasValue("max-age=31536000, public, immutable");
		assertThat(get(nginxPort, "/history", "gzip").headers().firstValue("Cache-Control"))
			.hasValue("max-age=300, must-revalidate, public");
		assertThat(get(nginxPort, "/no-such-page", "gzip").headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void redirectsAnOldSlugWhereTheApplicationDoes() throws Exception {
		assertThat(site.snapshot().redirects()).containsEntry(OLD_SLUG, "/history");
		HttpResponse<byte[]> response = get(nginxPort, OLD_SLUG, "identity");
		assertThat(response.statusCode()).isEqualTo(301);
		assertThat(response.headers().firstValue("Location")).hasValue("/history");
	}

	/** The content type the application sends for every URL of the export. */
	private Map<String, String> contentTypes() {
		SiteSnapshot snapshot = site.snapshot();
		Map<String, String> types = new HashMap<>();
		Stream.of(snapshot.pages(), builder.staticSearch(snapshot))
			.flatMap((pages) -> pages.entrySet().stream())
			.forEach((page) -> types.put(page.getKey(), page.getValue().contentType()));
		// Made on first request by the application, so taken from where it says its type.
		for (String pdf : List.of("/article.pdf", "/article-letter.pdf")) {
			types.put(pdf, ArticlePdfs.CONTENT_TYPE);
		}
		return types;
	}

	/** Media type and charset equal, however each server spells them. */
	private static void assertSameType(String url, HttpHeaders headers, String expected) {
		MediaType actual = MediaType.parseMediaType(headers.firstValue("Content-Type").orElse("none/none"));
		MediaType wanted = MediaType.parseMediaType(expected);
		assertThat(actual.getType() + "/" + actual.getSubtype()).as("type of %s", url)
			.isEqualTo(wanted.getType() + "/" + wanted.getSubtype());
		assertThat(actual.getCharset()).as("charset of %s", url).isEqualTo(wanted.getCharset());
	}

	private static Map<String, List<String>> sharedHeaders(HttpHeaders headers) {
		Map<String, List<String>> shared = new TreeMap<>();
		headers.map().forEach((name, values) -> {
			if (!OWN_HEADERS.contains(name.toLowerCase())) {
				shared.put(name.toLowerCase(), values);
			}
		});
		return shared;
	}

	private String stylesheet() {
		return site.snapshot().pages().keySet().stream()
			.filter((path) -> path.startsWith("/assets/site.") && path.endsWith(".css"))
			.findFirst()
			.orElseThrow();
	}

	private HttpResponse<byte[]> get(int anyPort, String path, String acceptEncoding) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + anyPort + path))
			.header("Accept-Encoding", acceptEncoding)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private void awaitNginx() throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		List<String> failures = new ArrayList<>();
		while (Instant.now().isBefore(deadline)) {
			assertThat(nginx.isAlive()).as("nginx stopped: %s%s", log("stdout.log"), log("error.log")).isTrue();
			try {
				get(nginxPort, "/", "identity");
				return;
			}
			catch (IOException ex) {
				failures.add(ex.toString());
				Thread.sleep(100);
			}
		}
		throw new AssertionError("nginx does not answer on port " + nginxPort + ": " + failures + log("error.log"));
	}

	private String log(String name) throws IOException {
		Path file = nginxDirectory.resolve(name);
		return Files.exists(file) ? "\n" + name + ": " + Files.readString(file) : "";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
