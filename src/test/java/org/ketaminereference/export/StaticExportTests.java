package org.ketaminereference.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.Precompression;
import org.ketaminereference.site.SecurityHeaders;
import org.ketaminereference.site.SiteSnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StaticExportTests {

	private static final Page HOME = Page.html("<!DOCTYPE html><title>Home</title><h1>Home</h1>");

	private static final Page HISTORY = Page.html("<!DOCTYPE html><title>History</title><h1>History</h1>");

	private static final Page CSS = Page.of("text/css;charset=UTF-8", "body{color:black}".getBytes(StandardCharsets.UTF_8));

	private static final Page SITEMAP = Page.of("application/xml;charset=UTF-8",
			"<urlset/>".getBytes(StandardCharsets.UTF_8));

	private static final Page NOT_FOUND = Page.html("<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>");

	private static final Page ERROR = Page.html("<!DOCTYPE html><title>Error</title><h1>Something went wrong</h1>");

	/** What the nginx recipe includes from every export (deploy/nginx). */
	private static final List<String> NGINX_INCLUDES = List.of(".nginx/http.conf", ".nginx/redirects.conf",
			".nginx/security-headers.conf");

	@TempDir
	Path temp;

	@Test
	void writesEveryPageWhereAStaticServerLooksForItsUrl() throws Exception {
		Path export = temp.resolve("site");
		int files = new StaticExport(snapshot(Map.of("/", HOME, "/history", HISTORY, "/assets/site.abc.css", CSS,
				"/sitemap.xml", SITEMAP), Map.of())).writeTo(export);
		assertThat(files).isEqualTo(5 + NGINX_INCLUDES.size());
		assertThat(export.resolve("index.html")).hasBinaryContent(HOME.body());
		assertThat(export.resolve("history/index.html")).hasBinaryContent(HISTORY.body());
		assertThat(export.resolve("assets/site.abc.css")).hasBinaryContent(CSS.body());
		assertThat(export.resolve("sitemap.xml")).hasBinaryContent(SITEMAP.body());
		assertThat(export.resolve("404.html")).hasBinaryContent(NOT_FOUND.body());
		assertThat(listing(export)).containsExactlyInAnyOrderElementsOf(concat(NGINX_INCLUDES, "404.html",
				"assets/site.abc.css", "history/index.html", "index.html", "sitemap.xml"));
	}

	/** For nginx's gzip_static and brotli_static, or a CDN: the bytes the application sends for each coding. */
	@Test
	void writesTheCompressedFormsBesideEachFileThatHasThem() throws Exception {
		Page page = Precompression.withBrotli(Page.html("<!DOCTYPE html><title>Long</title>" + "<p>ketamine</p>".repeat(100)));
		assertThat(page.gzipped()).isNotNull();
		assertThat(page.brotli()).isNotNull();
		Path export = temp.resolve("site");
		int files = new StaticExport(snapshot(Map.of("/history", page, "/assets/site.abc.css", CSS), Map.of()))
			.writeTo(export);
		assertThat(export.resolve("history/index.html")).hasBinaryContent(page.body());
		assertThat(export.resolve("history/index.html.gz")).hasBinaryContent(page.gzipped());
		assertThat(export.resolve("history/index.html.br")).hasBinaryContent(page.brotli());
		// Too small to gain from compression: the file alone.
		assertThat(listing(export)).containsExactlyInAnyOrderElementsOf(concat(NGINX_INCLUDES, "404.html",
				"assets/site.abc.css", "history/index.html", "history/index.html.gz", "history/index.html.br"));
		assertThat(files).isEqualTo(5 + NGINX_INCLUDES.size());
	}

	@Test
	void anOldSlugBecomesAPageThatSendsTheReaderOn() throws Exception {
		Path export = temp.resolve("site");
		new StaticExport(snapshot(Map.of("/history", HISTORY), Map.of("/origins", "/history"))).writeTo(export);
		Document moved = Jsoup.parse(export.resolve("origins/index.html").toFile(), "UTF-8");
		assertThat(moved.select("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=/history");
		assertThat(moved.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(moved.select("a").attr("href")).isEqualTo("/history");
		assertThat(moved.select("html").attr("lang")).isEqualTo("en");
	}

	/** nginx answers an old slug as the application does: 301 to where it moved, nothing else. */
	@Test
	void writesTheRedirectsOfOldSlugsForNginx() throws Exception {
		Path export = temp.resolve("site");
		new StaticExport(snapshot(Map.of("/history", HISTORY), Map.of("/origins", "/history", "/past", "/history")))
			.writeTo(export);
		assertThat(Files.readAllLines(export.resolve(".nginx/redirects.conf")))
			.filteredOn((line) -> !line.startsWith("#"))
			.containsExactly("location = /origins { return 301 /history; }", "location = /past { return 301 /history; }");
	}

	/** One source for the header values: what the application sends is what nginx is told to send. */
	@Test
	void writesTheApplicationsSecurityHeadersForNginx() throws Exception {
		Path export = temp.resolve("site");
		new StaticExport(snapshot(Map.of("/", HOME), Map.of())).writeTo(export);
		List<String> headers = Files.readAllLines(export.resolve(".nginx/security-headers.conf"));
		SecurityHeaders.ALWAYS.forEach((name, value) -> assertThat(headers)
			.contains("add_header " + name + " \"" + value + "\" always;"));
		assertThat(headers).contains("add_header Strict-Transport-Security $ketamine_reference_hsts always;");
		assertThat(Files.readString(export.resolve(".nginx/http.conf")))
			.contains("map $scheme $ketamine_reference_hsts {", "https \"" + SecurityHeaders.STRICT_TRANSPORT_SECURITY + "\";");
	}

	@Test
	void refusesAPathNginxWouldNotTakeLiterally() {
		assertThatExceptionOfType(ExportException.class)
			.isThrownBy(() -> new StaticExport(snapshot(Map.of("/history", HISTORY), Map.of("/old;x", "/history")))
				.writeTo(temp.resolve("site")))
			.withMessageContaining("/old;x");
	}

	@Test
	void refusesADirectoryThatIsNotEmptySoNoStalePageSurvives() throws Exception {
		Files.writeString(temp.resolve("old.html"), "stale");
		assertThatExceptionOfType(ExportException.class)
			.isThrownBy(() -> new StaticExport(snapshot(Map.of("/", HOME), Map.of())).writeTo(temp))
			.withMessageContaining(temp + ": it is not empty; choose a new or empty directory");
		assertThat(listing(temp)).containsExactly("old.html");
	}

	@Test
	void writesIntoAnEmptyDirectory() {
		assertThat(new StaticExport(snapshot(Map.of("/", HOME), Map.of())).writeTo(temp))
			.isEqualTo(2 + NGINX_INCLUDES.size());
	}

	@Test
	void refusesAFileInPlaceOfTheDirectory() throws Exception {
		Path file = Files.writeString(temp.resolve("site"), "");
		assertThatExceptionOfType(ExportException.class)
			.isThrownBy(() -> new StaticExport(snapshot(Map.of("/", HOME), Map.of())).writeTo(file))
			.withMessageContaining("it is a file, not a directory");
	}

	@Test
	void mapsPathsToFiles() {
		assertThat(StaticExport.fileFor("/", "text/html;charset=UTF-8")).isEqualTo("index.html");
		assertThat(StaticExport.fileFor("/mental-health", "text/html;charset=UTF-8"))
			.isEqualTo("mental-health/index.html");
		assertThat(StaticExport.fileFor("/robots.txt", "text/plain")).isEqualTo("robots.txt");
		assertThat(StaticExport.fileFor("/assets/images/figure.svg", "image/svg+xml"))
			.isEqualTo("assets/images/figure.svg");
	}

	@Test
	void refusesPathsAStaticServerCouldNotAnswerTheSameWay() {
		for (String path : List.of("/../etc/passwd", "/a/./b", "//x", "/history/", "relative")) {
			assertThatExceptionOfType(ExportException.class).as(path)
				.isThrownBy(() -> StaticExport.fileFor(path, "text/html"))
				.withMessageContaining("not a plain absolute path");
		}
		assertThatExceptionOfType(ExportException.class)
			.isThrownBy(() -> StaticExport.fileFor("/search-index", "application/json"))
			.withMessageContaining("the path has no extension");
	}

	private static SiteSnapshot snapshot(Map<String, Page> pages, Map<String, String> redirects) {
		// The export reads only pages, redirects and error pages: no layout info or search index needed.
		return new SiteSnapshot(pages, redirects, NOT_FOUND, ERROR, Instant.parse("2026-01-01T00:00:00Z"), null,
				null);
	}

	private static List<String> concat(List<String> files, String... more) {
		return Stream.concat(files.stream(), Stream.of(more)).toList();
	}

	private static List<String> listing(Path directory) throws Exception {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> directory.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
	}

}
