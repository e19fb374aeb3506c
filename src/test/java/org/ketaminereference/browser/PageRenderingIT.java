package org.ketaminereference.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ketaminereference.SitePages;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the site serves, on a phone and on a desktop: it loads without a console error or a
 * Content-Security-Policy violation (under whatever policy the server sends), fits the phone's
 * width, and leaves a full-page screenshot in {@code target/screenshots/} for a person to review.
 */
@BrowserTest
class PageRenderingIT {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	private int port;

	private Browser browser;

	private List<String> paths;

	@BeforeAll
	void openBrowser(Browser browser) throws Exception {
		this.browser = browser;
		this.paths = SitePages.everyServedPage(port);
	}

	@TestFactory
	Stream<DynamicTest> everyPageRendersCleanlyOnEveryScreen() {
		return paths.stream()
			.flatMap((path) -> Stream.of(Viewport.values())
				.map((viewport) -> DynamicTest.dynamicTest(path + " on " + viewport, () -> render(path, viewport))));
	}

	/** The check above would pass vacuously if violations went unrecorded: show that one is seen. */
	@Test
	void aContentSecurityPolicyViolationIsNoticed() {
		try (Reader reader = new Reader(browser, port, Viewport.DESKTOP)) {
			reader.page.route("**/csp-probe", (route) -> route.fulfill(new Route.FulfillOptions().setStatus(200)
				.setContentType("text/html")
				.setHeaders(Map.of("Content-Security-Policy", "default-src 'none'"))
				.setBody("<!DOCTYPE html><html lang=en><title>Probe</title><p style=\"color: red\">Inline style</p>")));
			reader.visit("/csp-probe");
			assertThat(reader.cspViolations()).singleElement().asString().startsWith("style-src-attr");
			assertThat(reader.errors()).isNotEmpty();
		}
	}

	private void render(String path, Viewport viewport) {
		try (Reader reader = new Reader(browser, port, viewport)) {
			reader.visit(path);
			reader.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve(screenshotName(path) + "-" + viewport.name().toLowerCase() + ".png")));
			assertThat(reader.errors()).as("console errors on %s", path).isEmpty();
			assertThat(reader.cspViolations()).as("CSP violations on %s", path).isEmpty();
			if (viewport == Viewport.PHONE) {
				assertThat((Boolean) reader.page.evaluate(
						"document.documentElement.scrollWidth <= window.innerWidth"))
					.as("%s scrolls sideways on a %dpx wide screen", path, viewport.width)
					.isTrue();
			}
		}
	}

	/** "/" is "home", "/search?q=ketamine" is "search-q-ketamine": one readable file name per page. */
	static String screenshotName(String path) {
		String name = path.substring(1).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
		return name.isEmpty() ? "home" : name;
	}

}
