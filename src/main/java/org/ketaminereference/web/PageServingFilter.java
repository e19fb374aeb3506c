package org.ketaminereference.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ketaminereference.pdf.ArticlePdfs;
import org.ketaminereference.routes.Routes;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.SiteSnapshot;

/**
 * Serves the current snapshot's pages and redirects to GET and HEAD requests before Spring MVC
 * sees them: a page request is a map lookup and a write of bytes rendered at startup, with no
 * handler mapping, argument resolution or message conversion. Everything else (other methods,
 * paths the snapshot does not have, errors) goes on to Spring MVC, which answers with the 404
 * page, 405 or the error page. The article's PDFs are the one exception to "rendered at startup":
 * {@link ArticlePdfs} makes each on its first request and keeps it for the snapshot.
 */
final class PageServingFilter extends HttpFilter {

	private final CurrentSite site;

	private final ArticlePdfs pdfs = new ArticlePdfs();

	/** The date of the snapshot last served, formatted; replaced when the snapshot is. */
	private volatile LastModified lastModified;

	PageServingFilter(CurrentSite site) {
		this.site = site;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String method = request.getMethod();
		if (!method.equals("GET") && !method.equals("HEAD")) {
			chain.doFilter(request, response);
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
				chain.doFilter(request, response);
				return;
			}
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader("Location", target);
			return;
		}
		LastModified modified = lastModified(snapshot);
		response.setHeader("ETag", page.etag());
		response.setHeader("Last-Modified", modified.header());
		response.setHeader("Cache-Control", path.startsWith(Routes.ASSETS) ? PageWriter.ASSET_CACHING
				: PageWriter.PAGE_CACHING);
		if (notModified(request, page, modified)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setHeader("Vary", "Accept-Encoding");
			return;
		}
		PageWriter.write(request, response, page);
	}

	/** If-None-Match decides when present; If-Modified-Since only without it (RFC 9110, 13.2.2). */
	private static boolean notModified(HttpServletRequest request, Page page, LastModified modified) {
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

	private LastModified lastModified(SiteSnapshot snapshot) {
		LastModified current = lastModified;
		if (current == null || current.snapshot() != snapshot) {
			current = LastModified.of(snapshot);
			lastModified = current;
		}
		return current;
	}

}
