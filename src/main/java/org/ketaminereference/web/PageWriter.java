package org.ketaminereference.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ketaminereference.site.Page;
import org.ketaminereference.web.AcceptEncoding.Coding;

/**
 * The one place that decides what goes with a pre-rendered {@link Page}: its content type, the
 * Brotli, gzip or plain bytes the client takes ({@link AcceptEncoding}), and the headers that go
 * with them. Every value is computed when the page is built, so a request costs a few header
 * writes and one body write. {@link PageServingValve} writes pages this way straight to Tomcat's
 * response; Spring MVC's pages (404, errors, search results) go through {@link #writeNoStore}.
 */
final class PageWriter {

	/** Pages may change with the content: caches keep them a short while, then revalidate. */
	static final String PAGE_CACHING = "max-age=300, must-revalidate, public";

	/** Assets have content-hashed URLs: a changed file gets a new URL, so the old one never changes. */
	static final String ASSET_CACHING = "max-age=31536000, public, immutable";

	/** For pages that answer one request, not a resource: error pages, search results. */
	static final String NO_STORE = "no-store";

	static final ResponseHeader VARY = ResponseHeader.of("Vary", "Accept-Encoding");

	/** Each content type's header, made on first use: the site has a handful of them. */
	private static final Map<String, ResponseHeader> CONTENT_TYPES = new ConcurrentHashMap<>();

	private static final ResponseHeader BROTLI = ResponseHeader.of("Content-Encoding", Coding.BROTLI.header);

	private static final ResponseHeader GZIP = ResponseHeader.of("Content-Encoding", Coding.GZIP.header);

	private PageWriter() {
	}

	/**
	 * Gives the page's headers for the client's {@code Accept-Encoding} to {@code headers}, in the
	 * order they are sent, and returns the body to send: the Brotli, gzip or plain bytes. Status,
	 * validators and caching headers are the caller's, and so are the page's own headers, encoded
	 * by {@link #ownHeaders} (the valve once per page, not once per request); {@code Content-Type}
	 * comes last, where Tomcat would put it.
	 */
	static byte[] headers(Page page, List<ResponseHeader> ownHeaders, String acceptEncoding,
			ResponseHeader.Sink headers) {
		Coding coding = AcceptEncoding.choose(acceptEncoding, page.brotli() != null, page.gzipped() != null);
		headers.add(VARY);
		switch (coding) {
			case BROTLI -> headers.add(BROTLI);
			case GZIP -> headers.add(GZIP);
			case IDENTITY -> {
			}
		}
		ownHeaders.forEach(headers::add);
		headers.add(CONTENT_TYPES.computeIfAbsent(page.contentType(), (type) -> ResponseHeader.of("Content-Type", type)));
		return switch (coding) {
			case BROTLI -> page.brotli();
			case GZIP -> page.gzipped();
			case IDENTITY -> page.body();
		};
	}

	/** The headers this page always needs beyond those of its kind, such as a download's file name. */
	static List<ResponseHeader> ownHeaders(Page page) {
		return page.headers()
			.entrySet()
			.stream()
			.map((header) -> ResponseHeader.of(header.getKey(), header.getValue()))
			.toList();
	}

	/**
	 * Writes a page that answers one request rather than showing a resource, such as an error
	 * page or search results, with its status; nothing may store it. HEAD gets no body.
	 */
	static void writeNoStore(HttpServletRequest request, HttpServletResponse response, int status, Page page)
			throws IOException {
		response.setStatus(status);
		response.setHeader("Cache-Control", NO_STORE);
		byte[] body = headers(page, ownHeaders(page), request.getHeader("Accept-Encoding"),
				ResponseHeader.Sink.of(response));
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

}
