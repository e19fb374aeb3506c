package org.ketaminereference.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.ketaminereference.site.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** Writing a pre-rendered {@link Page}: content negotiation for gzip and the headers that go with it. */
final class PageResponses {

	private PageResponses() {
	}

	static ResponseEntity<byte[]> of(HttpStatusCode status, Page page, HttpServletRequest request,
			CacheControl caching) {
		return ResponseEntity.status(status)
			.cacheControl(caching)
			.headers(bodyHeaders(page, request))
			.body(body(page, request));
	}

	static HttpHeaders bodyHeaders(Page page, HttpServletRequest request) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.CONTENT_TYPE, page.contentType());
		headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		page.headers().forEach(headers::set);
		if (sendGzip(page, request)) {
			headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		return headers;
	}

	static byte[] body(Page page, HttpServletRequest request) {
		return sendGzip(page, request) ? page.gzipped() : page.body();
	}

	private static boolean sendGzip(Page page, HttpServletRequest request) {
		return page.gzipped() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
	}

	/** True when the client lists gzip (or *) without refusing it with {@code q=0}. */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
			String[] pieces = part.split(";");
			String coding = pieces[0].strip();
			if (coding.equals("gzip") || coding.equals("*")) {
				for (int i = 1; i < pieces.length; i++) {
					String parameter = pieces[i].strip().replace(" ", "");
					if (parameter.matches("q=0(\\.0{0,3})?")) {
						return false;
					}
				}
				return true;
			}
		}
		return false;
	}

}
