package org.ketaminereference.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;
import org.ketaminereference.pdf.ArticlePdfs;
import org.ketaminereference.routes.Routes;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.SiteSnapshot;

/**
 * Serves the current snapshot's pages and redirects to GET and HEAD requests as a Tomcat valve,
 * ahead of the servlet pipeline: a page request is a map lookup and a write of bytes rendered at
 * startup, with no filter chain, handler mapping, argument resolution or message conversion, and
 * every header goes to Tomcat as bytes encoded once ({@link ResponseHeader}). Everything else
 * (other methods, paths the snapshot does not have, errors) goes on to the servlet filters and
 * Spring MVC, which answer with the 404 page, 405 or the error page. The article's PDFs are the
 * one exception to "rendered at startup": {@link ArticlePdfs} makes each on its first request and
 * keeps it for the snapshot.
 */
final class PageServingValve extends ValveBase {

	private static final ResponseHeader PAGE_CACHING = ResponseHeader.of("Cache-Control", PageWriter.PAGE_CACHING);

	private static final ResponseHeader ASSET_CACHING = ResponseHeader.of("Cache-Control", PageWriter.ASSET_CACHING);

	private final CurrentSite site;

	private final ArticlePdfs pdfs = new ArticlePdfs();

	/** The headers of the snapshot last served; replaced when the snapshot is. */
	private volatile SnapshotHeaders snapshotHeaders;

	PageServingValve(CurrentSite site) {
		super(true);
		this.site = site;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String method = request.getMethod();
		if (!method.equals("GET") && !method.equals("HEAD")) {
			getNext().invoke(request, response);
			return;
		}
		SiteSnapshot snapshot = site.snapshot();
		String path = request.getRequestURI();
		Page page = snapshot.pages().get(path);
		if (page == null) {
			page = pdfs.page(snapshot, path);
		}
		if (page == null) {
			String target = redirect(snapshot, path);
			if (target == null) {
				getNext().invoke(request, response);
				return;
			}
			SecurityHeadersFilter.apply(request.isSecure(), response);
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader("Location", target);
			return;
		}
		MimeHeaders mimeHeaders = response.getCoyoteResponse().getMimeHeaders();
		ResponseHeader.Sink headers = ResponseHeader.Sink.of(mimeHeaders);
		SecurityHeadersFilter.apply(request.isSecure(), headers);
		SnapshotHeaders snapshotHeaders = snapshotHeaders(snapshot);
		LastModified modified = snapshotHeaders.lastModified();
		PageHeaders pageHeaders = snapshotHeaders.of(page);
		headers.add(pageHeaders.etag());
		headers.add(modified.responseHeader());
		headers.add(path.startsWith(Routes.ASSETS) ? ASSET_CACHING : PAGE_CACHING);
		if (notModified(request, page, modified)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			headers.add(PageWriter.VARY);
			return;
		}
		byte[] body = PageWriter.headers(page, pageHeaders.own(), request.getHeader("Accept-Encoding"), headers);
		response.setContentLength(body.length);
		if (!method.equals("HEAD")) {
			response.getOutputStream().write(body);
		}
	}

	/** If-None-Match decides when present; If-Modified-Since only without it (RFC 9110, 13.2.2). */
	private static boolean notModified(Request request, Page page, LastModified modified) {
		String ifNoneMatch = request.getHeader("If-None-Match");
		if (ifNoneMatch != null) {
			return EntityTags.match(ifNoneMatch, page.etag());
		}
		return modified.notModifiedSince(request.getHeader("If-Modified-Since"));
	}

	/** Where an old slug moved to, or the page without a trailing slash; {@code null} for neither. */
	private static String redirect(SiteSnapshot snapshot, String path) {
		String target = snapshot.redirects().get(path);
		if (target == null && path.length() > 1 && path.endsWith("/")) {
			String withoutSlash = path.substring(0, path.length() - 1);
			if (snapshot.pages().containsKey(withoutSlash)) {
				target = withoutSlash;
			}
		}
		return target;
	}

	private SnapshotHeaders snapshotHeaders(SiteSnapshot snapshot) {
		SnapshotHeaders current = snapshotHeaders;
		if (current == null || current.lastModified().snapshot() != snapshot) {
			current = new SnapshotHeaders(LastModified.of(snapshot), new ConcurrentHashMap<>());
			snapshotHeaders = current;
		}
		return current;
	}

	/**
	 * A snapshot's {@code Last-Modified} and each of its pages' headers, encoded on first use and
	 * kept as long as the snapshot is served.
	 */
	private record SnapshotHeaders(LastModified lastModified, Map<Page, PageHeaders> pages) {

		PageHeaders of(Page page) {
			return pages.computeIfAbsent(page, PageHeaders::of);
		}

	}

	/** A page's {@code ETag} and its own headers ({@link PageWriter#ownHeaders}). */
	private record PageHeaders(ResponseHeader etag, List<ResponseHeader> own) {

		static PageHeaders of(Page page) {
			return new PageHeaders(ResponseHeader.of("ETag", page.etag()), PageWriter.ownHeaders(page));
		}

	}

}
