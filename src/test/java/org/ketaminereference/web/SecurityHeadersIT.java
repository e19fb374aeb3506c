package org.ketaminereference.web;

import java.io.IOException;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.SecurityHeaders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response the server gives, over real HTTP, carries the security headers and
 * says nothing about the software behind it: pages, the stylesheet, redirects, 304s, HEAD, the
 * application's 404 and 405, and the errors Tomcat answers before the application sees the
 * request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIT {

	@LocalServerPort
	private int port;

	@Autowired
	private CurrentSite site;

	static Stream<Arguments> responses() {
		return Stream.of(Arguments.of("a page", RawHttp.request("GET", "/history"), 200),
				Arguments.of("the landing page", RawHttp.request("GET", "/"), 200),
				Arguments.of("HEAD", RawHttp.request("HEAD", "/about"), 200),
				Arguments.of("a trailing-slash redirect", RawHttp.request("GET", "/history/"), 301),
				Arguments.of("the 404 page", RawHttp.request("GET", "/no-such-page"), 404),
				Arguments.of("a method the site does not answer", RawHttp.request("POST", "/history"), 405),
				Arguments.of("TRACE", RawHttp.request("TRACE", "/"), 405),
				Arguments.of("an invalid URI Tomcat rejects", RawHttp.request("GET", "/a%ZZ"), 400),
				Arguments.of("a malformed request line", RawHttp.request("GET", "/a b"), 400),
				Arguments.of("headers over the size limit", RawHttp.request("GET", "/", "X-Big: " + "a".repeat(9000)), 400),
				Arguments.of("an unknown HTTP version",
						"GET / HTTP/9.9\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(), 505));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("responses")
	void everyResponseCarriesTheHeadersAndNoServerDetails(String what, byte[] request, int status) throws IOException {
		RawHttp.Response response = RawHttp.send(port, request);
		assertThat(response.status()).isEqualTo(status);
		assertSecurityHeaders(response);
		assertThat(response.header("strict-transport-security")).as("HSTS over plain HTTP").isNull();
		if (response.body().length > 0) {
			assertThat(response.header("content-type")).containsIgnoringCase("charset=utf-8");
			assertThat(response.text()).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
		}
	}

	@Test
	void theStylesheetAndA304CarryTheHeadersToo() throws IOException {
		String stylesheet = Jsoup.parse(RawHttp.send(port, RawHttp.request("GET", "/")).text())
			.select("link[rel=stylesheet]")
			.attr("href");
		RawHttp.Response css = RawHttp.send(port, RawHttp.request("GET", stylesheet));
		assertThat(css.status()).isEqualTo(200);
		assertThat(css.header("content-type")).isEqualTo("text/css;charset=UTF-8");
		assertSecurityHeaders(css);
		Page history = site.snapshot().pages().get("/history");
		RawHttp.Response notModified = RawHttp.send(port,
				RawHttp.request("GET", "/history", "If-None-Match: " + history.etag()));
		assertThat(notModified.status()).isEqualTo(304);
		assertSecurityHeaders(notModified);
	}

	@Test
	void tomcatsOwnErrorsGetTheSitesErrorPageInTheLayout() throws IOException {
		RawHttp.Response response = RawHttp.send(port, RawHttp.request("GET", "/a%ZZ"));
		assertThat(response.body()).isEqualTo(site.snapshot().error().body());
		Document page = Jsoup.parse(response.text());
		assertThat(page.select("h1").text()).isEqualTo("Something went wrong");
		assertThat(page.select("header.site-header")).hasSize(1);
		assertThat(page.select("footer.site-footer")).hasSize(1);
		// Nothing inline but linked data, which the CSP lets through; the one script is the site's own file.
		assertThat(page.select("style, script:not([src]):not([type=application/ld+json]), [style]")).isEmpty();
		assertThat(page.select("script[src]").eachAttr("src")).allMatch((src) -> src.startsWith("/assets/site."));
		assertThat(response.header("cache-control")).isEqualTo("no-store");
	}

	@Test
	void sendsHstsWhenATrustedProxySaysTheReaderUsedHttps() throws IOException {
		for (String target : new String[] { "/history", "/no-such-page", "/a%ZZ" }) {
			RawHttp.Response response = RawHttp.send(port,
					RawHttp.request("GET", target, "X-Forwarded-Proto: https"));
			assertThat(response.header("strict-transport-security")).as("HSTS on %s", target)
				.isEqualTo(SecurityHeaders.STRICT_TRANSPORT_SECURITY);
		}
	}

	static void assertSecurityHeaders(RawHttp.Response response) {
		assertThat(SecurityHeaderRules.violations(response.headers())).isEmpty();
	}

}
