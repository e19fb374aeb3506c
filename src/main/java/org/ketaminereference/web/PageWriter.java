package org.ketaminereference.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ketaminereference.site.Page;
import org.ketaminereference.web.AcceptEncoding.Coding;

/**
 * The one place that writes a pre-rendered {@link Page} to a response: its content type, the
 * Brotli, gzip or plain bytes the client takes ({@link AcceptEncoding}), and the headers that go
 * with them. Every value is
 * computed when the page is built, so a request costs a few header writes and one body write.
 */
final class PageWriter {

	/** Pages may change with the content: caches keep them a short while, then revalidate. */
	static final String PAGE_CACHING = "max-age=300, must-revalidate, public";

	/** Assets have content-hashed URLs: a changed file gets a new URL, so the old one never changes. */
	static final String ASSET_CACHING = "max-age=31536000, public, immutable";

	/** For pages that answer one request, not a resource: error pages, search results. */
	static final String NO_STORE = "no-store";

	private PageWriter() {
	}

	/**
	 * Writes the page's headers and, unless the request is a HEAD, its body. Status and caching
	 * headers are the caller's.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
		Coding coding = AcceptEncoding.choose(request.getHeader("Accept-Encoding"), page.brotli() != null,
				page.gzipped() != null);
		byte[] body = switch (coding) {
			case BROTLI -> page.brotli();
			case GZIP -> page.gzipped();
			case IDENTITY -> page.body();
		};
		response.setContentType(page.contentType());
		response.setHeader("Vary", "Accept-Encoding");
		if (coding.header != null) {
			response.setHeader("Content-Encoding", coding.header);
		}
		for (Map.Entry<String, String> header : page.headers().entrySet()) {
			response.setHeader(header.getKey(), header.getValue());
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * Writes a page that answers one request rather than showing a resource, such as an error
	 * page or search results, with its status; nothing may store it.
	 */
	static void writeNoStore(HttpServletRequest request, HttpServletResponse response, int status, Page page)
			throws IOException {
		response.setStatus(status);
		response.setHeader("Cache-Control", NO_STORE);
		write(request, response, page);
	}

}
