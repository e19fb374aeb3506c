package org.ketaminereference.web;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.PageAllowlist;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.SiteSnapshot;
import org.ketaminereference.web.HostileRequests.HostileRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends thousands of hostile requests ({@link HostileRequests}) over real sockets and checks
 * every answer: no server error, nothing larger than the largest real page, nothing but the
 * site's own bytes (a 2xx body is byte for byte a page of the snapshot, an error body is the
 * site's 404 or error page in its layout; a search page, built per request, passes the
 * {@link PageAllowlist}), redirects only within the site, and the security headers on all of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestsIT {

	/** Requests are independent; a few at a time keeps the run short on a small machine. */
	private static final int CLIENTS = 4;

	/** {@code server.max-http-request-header-size}: the server may stop reading beyond it. */
	private static final int MAX_HEADER_BYTES = 8 * 1024;

	@LocalServerPort
	private int port;

	@Autowired
	private CurrentSite site;

	@Test
	void noHostileRequestReachesAnythingButTheSitesOwnPages() throws Exception {
		List<HostileRequest> requests = HostileRequests.all();
		assertThat(requests).hasSizeGreaterThanOrEqualTo(5000);
		SiteBodies site = new SiteBodies(this.site.snapshot());
		Map<String, Integer> outcomes = new TreeMap<>();
		List<String> problems = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<RawHttp.Response>> responses = new ArrayList<>();
			for (HostileRequest request : requests) {
				responses.add(clients.submit(() -> RawHttp.send(port, request.bytes())));
			}
			for (int i = 0; i < requests.size(); i++) {
				HostileRequest request = requests.get(i);
				RawHttp.Response response = responses.get(i).get();
				outcomes.merge(outcome(response), 1, Integer::sum);
				String problem = problemWith(request, response, site);
				if (problem != null) {
					problems.add(request.family() + " [" + request.description() + "]: " + problem);
				}
			}
		}
		finally {
			clients.shutdownNow();
		}
		System.out.printf("Hostile requests: %d sent; outcomes %s; %d problems%n", requests.size(), outcomes,
				problems.size());
		assertThat(problems).as("responses that break a rule").isEmpty();
	}

	private static String outcome(RawHttp.Response response) {
		if (response.reset() || (response.status() == 0 && response.body().length == 0)) {
			return "closed";
		}
		return (response.status() == 0) ? "HTTP/0.9" : String.valueOf(response.status());
	}

	private static String problemWith(HostileRequest request, RawHttp.Response response, SiteBodies site) {
		int status = response.status();
		byte[] body = response.body();
		String family = request.family();
		if (response.reset() || (status == 0 && body.length == 0)) {
			// Refusing to read what is not HTTP/1 or is over the header limit is fine; cutting off
			// any other request is not.
			return (family.equals(HostileRequests.NOT_HTTP_1) || request.bytes().length > MAX_HEADER_BYTES) ? null
					: "connection closed without a complete answer";
		}
		if (status == 0) {
			// Tomcat answers what it reads as HTTP/0.9 with a bare body: no status line, no headers.
			boolean http09 = family.equals(HostileRequests.HTTP_0_9) || family.equals(HostileRequests.NOT_HTTP_1);
			return (http09 && (site.isPage(body) || site.isErrorPage(body))) ? null : "an answer without a status line";
		}
		if (status >= 500 && !(family.equals(HostileRequests.UNSUPPORTED_BY_HTTP) && (status == 501 || status == 505))) {
			return "server error " + status;
		}
		List<String> headerProblems = SecurityHeaderRules.violations(response.headers());
		if (!headerProblems.isEmpty()) {
			return headerProblems.get(0);
		}
		if (body.length > site.largest()) {
			return body.length + " bytes, more than the largest page (" + site.largest() + ")";
		}
		if (status >= 300 && status < 400) {
			String location = response.header("location");
			if (location == null || !location.startsWith("/") || location.startsWith("//") || location.startsWith("/\\")) {
				return "redirects outside the site: " + location;
			}
		}
		if (body.length == 0) {
			return null;
		}
		if (status < 300 && family.equals(HostileRequests.SEARCH)) {
			// Built per request: whatever the query held, the page holds only what the allowlist allows.
			List<String> violations = PageAllowlist.violations(response.text());
			return violations.isEmpty() ? inLayout(response) : "a search page with " + violations;
		}
		if (status < 300) {
			return site.isPage(body) ? null : "a 2xx body that is not one of the site's pages";
		}
		if (!site.isErrorPage(body)) {
			return "an error body that is not the site's 404 or error page";
		}
		return inLayout(response);
	}

	private static String inLayout(RawHttp.Response response) {
		Document page = Jsoup.parse(response.text());
		if (page.select("header.site-header").size() != 1 || page.select("footer.site-footer").size() != 1) {
			return "a page outside the site's layout";
		}
		return null;
	}

	/** The only bodies the server may send: the snapshot's pages (plain or gzip) and its error pages. */
	private static final class SiteBodies {

		private final Set<ByteBuffer> pages = new HashSet<>();

		private final Set<ByteBuffer> errorPages = new HashSet<>();

		private final int largest;

		SiteBodies(SiteSnapshot snapshot) {
			for (Page page : snapshot.pages().values()) {
				pages.add(ByteBuffer.wrap(page.body()));
				if (page.gzipped() != null) {
					pages.add(ByteBuffer.wrap(page.gzipped()));
				}
			}
			errorPages.add(ByteBuffer.wrap(snapshot.notFound().body()));
			errorPages.add(ByteBuffer.wrap(snapshot.error().body()));
			largest = Stream.concat(pages.stream(), errorPages.stream())
				.mapToInt(ByteBuffer::capacity)
				.max()
				.orElseThrow();
		}

		boolean isPage(byte[] body) {
			return pages.contains(ByteBuffer.wrap(body));
		}

		boolean isErrorPage(byte[] body) {
			return errorPages.contains(ByteBuffer.wrap(body));
		}

		int largest() {
			return largest;
		}

	}

}
