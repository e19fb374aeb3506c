package org.ketaminereference.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.ketaminereference.site.CurrentSite;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.SiteSnapshot;

/**
 * Answers the errors Tomcat reports before a request reaches the application (a malformed
 * request line, an invalid URI such as {@code /a%ZZ}, headers that are too large, an unknown
 * HTTP version) with the site's own pre-rendered error page and the security headers, in place
 * of Tomcat's report with its inline style. Errors inside the application never get here: they
 * are forwarded to {@link SiteErrorController} and already have a body.
 */
final class SiteErrorReportValve extends ErrorReportValve {

	private final CurrentSite site;

	SiteErrorReportValve(CurrentSite site) {
		this.site = site;
		// Belt and braces: the report below replaces Tomcat's, but should it ever run, it says nothing.
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		SiteSnapshot snapshot = site.snapshot();
		Page page = (status == 404) ? snapshot.notFound() : snapshot.error();
		SecurityHeadersFilter.apply(request.isSecure(), response);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		try {
			response.getOutputStream().write(page.body());
			response.finishResponse();
		}
		catch (IOException ex) {
			// The client has gone; there is no one left to answer.
		}
	}

}
