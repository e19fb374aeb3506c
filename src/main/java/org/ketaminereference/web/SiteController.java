package org.ketaminereference.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.SiteSnapshot;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Serves the current snapshot: a request is a map lookup and a write of bytes rendered at
 * startup. Answers GET and HEAD; Spring answers other methods with 405.
 */
@Controller
final class SiteController {

	private final CurrentSite site;

	SiteController(CurrentSite site) {
		this.site = site;
	}

	@RequestMapping(path = "/**", method = { RequestMethod.GET, RequestMethod.HEAD })
	ResponseEntity<byte[]> serve(HttpServletRequest request) {
		SiteSnapshot snapshot = site.snapshot();
		String path = request.getRequestURI();
		String redirect = snapshot.redirects().get(path);
		if (redirect == null && path.length() > 1 && path.endsWith("/")
				&& snapshot.pages().containsKey(path.substring(0, path.length() - 1))) {
			redirect = path.substring(0, path.length() - 1);
		}
		if (redirect != null) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, redirect).build();
		}
		Page page = snapshot.pages().get(path);
		if (page == null) {
			return PageResponses.of(HttpStatus.NOT_FOUND, snapshot.notFound(), request, CacheControl.noStore());
		}
		CacheControl caching = path.startsWith("/assets/")
				? CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable()
				: CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic().mustRevalidate();
		if (page.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(page.etag()).cacheControl(caching).build();
		}
		return ResponseEntity.ok()
			.eTag(page.etag())
			.lastModified(snapshot.lastModified())
			.cacheControl(caching)
			.headers(PageResponses.bodyHeaders(page, request))
			.body(PageResponses.body(page, request));
	}

}
