package org.ketaminereference.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ReducedMotion;

/**
 * One reader's tab on the site: a fresh browser context (nothing cached, nothing shared with
 * another test) at one screen size, recording the console errors, uncaught script errors and
 * Content-Security-Policy violations the pages cause.
 */
final class Reader implements AutoCloseable {

	/**
	 * Installed before any of the page's own code runs, so a violation while the page is parsed
	 * is recorded too. It is added by the browser's debugging protocol, so the page's CSP does
	 * not apply to it.
	 */
	private static final String RECORD_CSP_VIOLATIONS = """
			window.__cspViolations = [];
			document.addEventListener('securitypolicyviolation',
				(event) => window.__cspViolations.push(event.violatedDirective + ' blocked ' + event.blockedURI));
			""";

	/** Installed before the page's own code: adds up every layout shift, as CLS does. */
	private static final String RECORD_LAYOUT_SHIFTS = """
			window.__layoutShift = 0;
			new PerformanceObserver((list) => list.getEntries()
				.filter((entry) => !entry.hadRecentInput)
				.forEach((entry) => { window.__layoutShift += entry.value; }))
				.observe({ type: 'layout-shift', buffered: true });
			""";

	final Page page;

	private final BrowserContext context;

	private final String origin;

	private final List<Logged> errors = new ArrayList<>();

	private Response document;

	Reader(Browser browser, int port, Viewport viewport) {
		this(browser, port, viewport, UnaryOperator.identity());
	}

	Reader(Browser browser, int port, Viewport viewport, UnaryOperator<Browser.NewContextOptions> options) {
		this.origin = "http://127.0.0.1:" + port;
		// Reduced motion turns off smooth scrolling, so a position is final as soon as a link is followed.
		this.context = browser.newContext(options.apply(new Browser.NewContextOptions()
			.setViewportSize(viewport.width, viewport.height)
			.setReducedMotion(ReducedMotion.REDUCE)));
		this.page = context.newPage();
		page.addInitScript(RECORD_CSP_VIOLATIONS);
		page.onConsoleMessage(this::recordConsole);
		page.onPageError((error) -> errors.add(new Logged("uncaught: " + error, "")));
	}

	void visit(String path) {
		document = page.navigate(origin + path);
	}

	/** Adds up the layout shifts of every page visited from now on (see {@link #layoutShift()}). */
	void recordLayoutShifts() {
		page.addInitScript(RECORD_LAYOUT_SHIFTS);
	}

	/** The current page's cumulative layout shift so far, as recorded since {@link #recordLayoutShifts()}. */
	double layoutShift() {
		return ((Number) page.evaluate("window.__layoutShift")).doubleValue();
	}

	/** Console errors and uncaught exceptions since the reader opened the tab. */
	List<String> errors() {
		return errors.stream().filter((error) -> !isTheDocumentsOwnStatus(error)).map(Logged::toString).toList();
	}

	@SuppressWarnings("unchecked")
	List<String> cspViolations() {
		return (List<String>) page.evaluate("window.__cspViolations");
	}

	private void recordConsole(ConsoleMessage message) {
		if (message.type().equals("error")) {
			errors.add(new Logged(message.text(), message.location()));
		}
	}

	/**
	 * Chromium logs a 404 page's own status as a failed load; on the 404 page that status is the
	 * point, not a fault.
	 */
	private boolean isTheDocumentsOwnStatus(Logged error) {
		return document != null && document.status() >= 400 && error.text().startsWith("Failed to load resource")
				&& (error.location().equals(document.url()) || error.location().startsWith(document.url() + ":"));
	}

	@Override
	public void close() {
		context.close();
	}

	private record Logged(String text, String location) {

		@Override
		public String toString() {
			return location.isEmpty() ? text : text + " (" + location + ")";
		}

	}

}
