package org.ketaminereference.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.aayushatharva.brotli4j.decoder.Decoder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.Precompression;
import org.ketaminereference.site.SiteSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PageServingValve} in a real Tomcat, over HTTP: pages, their codings, validators, 304s,
 * HEAD and redirects, each with the security headers; what it does not serve reaches the servlet
 * behind it (here one that says so, where the site has Spring MVC).
 */
class PageServingValveTests {

	private static final String LONG_TEXT = "<p>" + "ketamine ".repeat(200) + "</p>";

	static final Page HISTORY = Page.html("<!DOCTYPE html><html lang=en><title>History</title><h1>History</h1>"
			+ LONG_TEXT);

	/** The same page with its Brotli form, as a prebuilt site or the background compression gives it. */
	static final Page HISTORY_WITH_BROTLI = Precompression.withBrotli(HISTORY);

	static final Page CSS = Page.of("text/css;charset=UTF-8", "body{color:black}".getBytes(StandardCharsets.UTF_8));

	static final Page DOWNLOAD = Page.of("application/x-bibtex", "@misc{history}".getBytes(StandardCharsets.UTF_8))
		.withHeader("Content-Disposition", "attachment; filename=\"history.bib\"");

	private static final String PASSED_ON = "passed on to the servlet";

	private static Tomcat tomcat;

	private static Path baseDir;

	private static final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeAll
	static void startTomcat() throws Exception {
		CurrentSite site = new CurrentSite(new SiteSnapshot(Map.of("/history", HISTORY, "/brotli/history",
				HISTORY_WITH_BROTLI, "/assets/site.abc.css", CSS, "/cite/history.bib", DOWNLOAD),
				Map.of("/old-history", "/history"), Page.html("<h1>Not found</h1>"), Page.html("<h1>Error</h1>"),
				Instant.parse("2026-01-02T00:00:00Z"), null, null));
		baseDir = Files.createTempDirectory("page-serving-valve");
		tomcat = new Tomcat();
		tomcat.setBaseDir(baseDir.toString());
		tomcat.setPort(0);
		Context context = tomcat.addContext("", null);
		Tomcat.addServlet(context, "servlet", new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
				response.setStatus(HttpServletResponse.SC_NOT_FOUND);
				response.getWriter().write(PASSED_ON);
			}
		});
		context.addServletMappingDecoded("/", "servlet");
		context.getPipeline().addValve(new PageServingValve(site));
		tomcat.getConnector();
		tomcat.start();
	}

	@AfterAll
	static void stopTomcat() throws Exception {
		tomcat.stop();
		tomcat.destroy();
	}

	@Test
	void servesAPageWithItsValidatorsAndTheSecurityHeaders() throws Exception {
		HttpResponse<byte[]> response = get("/history");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Content-Type")).isEqualTo("text/html;charset=UTF-8");
		assertThat(header(response, "ETag")).isEqualTo(HISTORY.etag());
		assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
		assertThat(header(response, "Last-Modified")).isEqualTo("Fri, 02 Jan 2026 00:00:00 GMT");
		assertThat(header(response, "Cache-Control")).isEqualTo("max-age=300, must-revalidate, public");
		assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(HISTORY.body().length));
		assertThat(Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8)).select("h1").text())
			.isEqualTo("History");
		assertThat(SecurityHeaderRules.violations(headers(response))).isEmpty();
		assertThat(header(response, "Strict-Transport-Security")).isNull();
	}

	/** Each header once: Tomcat adds what it is given as bytes without looking for an earlier one. */
	@Test
	void sendsEachHeaderOnce() throws Exception {
		assertThat(get("/history", "Accept-Encoding", "gzip").headers().map())
			.allSatisfy((name, values) -> assertThat(values).as(name).hasSize(1));
	}

	/**
	 * Tomcat keeps each header's buffers from one response to the next and writes later values
	 * (Content-Length, say) into them: the site's fixed headers must come out the same every time.
	 */
	@Test
	void theFixedHeadersStayTheSameFromOneResponseToTheNext() throws Exception {
		Map<String, List<String>> first = headers(get("/history"));
		for (int i = 0; i < 5; i++) {
			// Responses with fewer headers than a page, or other ones, in the same places.
			get("/no-such-page");
			get("/old-history");
			get("/assets/site.abc.css", "Accept-Encoding", "gzip");
			send("HEAD", "/cite/history.bib");
			get("/history", "If-None-Match", HISTORY.etag());
			Map<String, List<String>> again = headers(get("/history"));
			assertThat(SecurityHeaderRules.violations(again)).isEmpty();
			for (String name : List.of("content-security-policy", "permissions-policy", "etag", "cache-control",
					"last-modified", "vary", "content-type", "content-length")) {
				assertThat(again.get(name)).as(name).isEqualTo(first.get(name));
			}
		}
	}

	@Test
	void assetsAreCachedForAYear() throws Exception {
		HttpResponse<byte[]> response = get("/assets/site.abc.css");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
		assertThat(header(response, "Content-Type")).isEqualTo("text/css;charset=UTF-8");
	}

	/** A page's own headers are encoded once, then copied into every response from the same bytes. */
	@Test
	void sendsThePagesOwnHeadersTheSameEveryTime() throws Exception {
		for (int i = 0; i < 3; i++) {
			HttpResponse<byte[]> response = get("/cite/history.bib");
			assertThat(header(response, "Content-Type")).isEqualTo("application/x-bibtex");
			assertThat(header(response, "Content-Disposition")).isEqualTo("attachment; filename=\"history.bib\"");
			get("/history", "Accept-Encoding", "gzip");
		}
	}

	@Test
	void sendsGzipWhenAccepted() throws Exception {
		HttpResponse<byte[]> response = get("/history", "Accept-Encoding", "br, gzip;q=0.8");
		assertThat(header(response, "Content-Encoding")).isEqualTo("gzip");
		assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(HISTORY.gzipped().length));
		assertThat(gunzip(response.body())).isEqualTo(HISTORY.body());
	}

	@Test
	void sendsBrotliWhenAcceptedAndThePageHasIt() throws Exception {
		assertThat(HISTORY_WITH_BROTLI.brotli()).isNotNull();
		HttpResponse<byte[]> response = get("/brotli/history", "Accept-Encoding", "gzip, deflate, br, zstd");
		assertThat(header(response, "Content-Encoding")).isEqualTo("br");
		assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
		assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(HISTORY_WITH_BROTLI.brotli().length));
		assertThat(Decoder.decompress(response.body()).getDecompressedData()).isEqualTo(HISTORY.body());
	}

	@Test
	void sendsGzipWhenTheClientPrefersIt() throws Exception {
		assertThat(header(get("/brotli/history", "Accept-Encoding", "br;q=0.5, gzip"), "Content-Encoding")).isEqualTo("gzip");
	}

	@Test
	void sendsPlainBytesWhenGzipIsRefusedOrNotAsked() throws Exception {
		HttpResponse<byte[]> refused = get("/history", "Accept-Encoding", "gzip;q=0, identity");
		assertThat(header(refused, "Content-Encoding")).isNull();
		assertThat(refused.body()).isEqualTo(HISTORY.body());
		assertThat(header(get("/history"), "Content-Encoding")).isNull();
	}

	@Test
	void a304CarriesTheValidatorsCachingAndSecurityHeadersButNoBody() throws Exception {
		HttpResponse<byte[]> response = get("/history", "If-None-Match", HISTORY.etag());
		assertThat(response.statusCode()).isEqualTo(304);
		assertThat(header(response, "ETag")).isEqualTo(HISTORY.etag());
		assertThat(header(response, "Cache-Control")).isEqualTo("max-age=300, must-revalidate, public");
		assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
		assertThat(header(response, "Content-Type")).isNull();
		assertThat(response.body()).isEmpty();
		assertThat(SecurityHeaderRules.violations(headers(response))).isEmpty();
	}

	@Test
	void matchesAWeakTagAListOrAnyTag() throws Exception {
		for (String ifNoneMatch : new String[] { "W/" + HISTORY.etag(), "\"other\", " + HISTORY.etag(), "*" }) {
			assertThat(get("/history", "If-None-Match", ifNoneMatch).statusCode()).as(ifNoneMatch).isEqualTo(304);
		}
		assertThat(get("/history", "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
	}

	@Test
	void answersIfModifiedSinceWithTheDateItWasGivenOrALaterOne() throws Exception {
		assertThat(get("/history", "If-Modified-Since", "Fri, 02 Jan 2026 00:00:00 GMT").statusCode()).isEqualTo(304);
		assertThat(get("/history", "If-Modified-Since", "Sat, 03 Jan 2026 10:00:00 GMT").statusCode()).isEqualTo(304);
		assertThat(get("/history", "If-Modified-Since", "Thu, 01 Jan 2026 23:59:59 GMT").statusCode()).isEqualTo(200);
		assertThat(get("/history", "If-Modified-Since", "yesterday").statusCode()).isEqualTo(200);
	}

	@Test
	void ifNoneMatchWinsOverIfModifiedSince() throws Exception {
		assertThat(get("/history", "If-None-Match", "\"stale\"", "If-Modified-Since", "Fri, 02 Jan 2026 00:00:00 GMT")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void headSendsTheHeadersOfGetWithoutABody() throws Exception {
		HttpResponse<byte[]> response = send("HEAD", "/history", "Accept-Encoding", "gzip");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(header(response, "ETag")).isEqualTo(HISTORY.etag());
		assertThat(header(response, "Content-Encoding")).isEqualTo("gzip");
		assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(HISTORY.gzipped().length));
		assertThat(response.body()).isEmpty();
	}

	@Test
	void redirectsAnOldSlugAndATrailingSlashPermanently() throws Exception {
		for (String path : new String[] { "/old-history", "/history/" }) {
			HttpResponse<byte[]> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(301);
			assertThat(header(response, "Location")).as(path).isEqualTo("/history");
			assertThat(SecurityHeaderRules.violations(headers(response))).as(path).isEmpty();
		}
	}

	@Test
	void passesOnWhatTheSnapshotDoesNotHaveAndOtherMethods() throws Exception {
		for (HttpResponse<byte[]> response : List.of(get("/no-such-page"), send("POST", "/history"),
				send("OPTIONS", "/history"))) {
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(response.request().method())
				.isEqualTo(PASSED_ON);
			assertThat(header(response, "ETag")).isNull();
		}
	}

	private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
		return send("GET", path, headers);
	}

	private static HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name).orElse(null);
	}

	/** The headers by lower-case name, as {@link SecurityHeaderRules} reads them. */
	private static Map<String, List<String>> headers(HttpResponse<?> response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
		return headers;
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
