package org.ketaminereference.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.ketaminereference.site.SecurityHeaders;

/**
 * The one place that sets the security headers, on every response: pages, assets, redirects,
 * 304s and error pages (Spring's and Tomcat's own, see {@link SiteErrorReportValve}). The
 * values are {@link SecurityHeaders}' constants, which the static export writes for nginx too: a
 * request costs a few header writes and nothing else. Pages served from memory get them from
 * {@link PageServingValve}, which answers before any filter, as bytes encoded once.
 */
final class SecurityHeadersFilter implements Filter {

	private static final List<ResponseHeader> ALWAYS = SecurityHeaders.ALWAYS.entrySet()
		.stream()
		.map((header) -> ResponseHeader.of(header.getKey(), header.getValue()))
		.toList();

	private static final ResponseHeader STRICT_TRANSPORT_SECURITY = ResponseHeader
		.of(SecurityHeaders.STRICT_TRANSPORT_SECURITY_NAME, SecurityHeaders.STRICT_TRANSPORT_SECURITY);

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
		apply(secure, ResponseHeader.Sink.of(response));
	}

	static void apply(boolean secure, ResponseHeader.Sink headers) {
		for (ResponseHeader header : ALWAYS) {
			headers.add(header);
		}
		if (secure) {
			headers.add(STRICT_TRANSPORT_SECURITY);
		}
	}

}
