package org.ketaminereference.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place that sets the security headers, on every response: pages, assets, redirects,
 * 304s and error pages (Spring's and Tomcat's own, see {@link SiteErrorReportValve}). The
 * values are constants: a request costs a few header writes and nothing else.
 */
final class SecurityHeadersFilter implements Filter {

	/**
	 * Only the site's own stylesheet, images, fonts and scripts; no inline code of any kind, no
	 * plugins, no framing, no {@code <base>}; forms only to the site itself. {@code connect-src
	 * 'self'}: the site's script fetches nothing, but Lighthouse reads robots.txt with a fetch from
	 * inside the page and reports it missing when the page forbids that; a fetch back to the site's
	 * own public pages gives nothing away. {@code img-src data:}: the site's icon is in the page
	 * (one request less for a first view); an image cannot run code.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
			+ "frame-ancestors 'none'";

	/**
	 * Powerful features a reference text never needs. Only names Chromium knows: an unknown name
	 * is a console error on every page.
	 */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), "
			+ "magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), "
			+ "publickey-credentials-get=(), screen-wake-lock=(), serial=(), sync-xhr=(), usb=(), "
			+ "xr-spatial-tracking=()";

	/**
	 * One year, this host only: the site cannot know whether every other host under its domain
	 * serves HTTPS, so it does not claim {@code includeSubDomains}.
	 */
	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

	private static final String[][] HEADERS = { { "Content-Security-Policy", CONTENT_SECURITY_POLICY },
			{ "X-Content-Type-Options", "nosniff" }, { "Referrer-Policy", "strict-origin-when-cross-origin" },
			{ "Permissions-Policy", PERMISSIONS_POLICY }, { "Cross-Origin-Opener-Policy", "same-origin" },
			{ "Cross-Origin-Resource-Policy", "same-origin" } };

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		apply(request.isSecure(), (HttpServletResponse) response);
		chain.doFilter(request, response);
	}

	/**
	 * Sets the headers on a response. HSTS only on a secure request (TLS here, or a trusted proxy
	 * that said so in {@code X-Forwarded-Proto}): browsers ignore it over plain HTTP.
	 */
	static void apply(boolean secure, HttpServletResponse response) {
		for (String[] header : HEADERS) {
			response.setHeader(header[0], header[1]);
		}
		if (secure) {
			response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
	}

}
