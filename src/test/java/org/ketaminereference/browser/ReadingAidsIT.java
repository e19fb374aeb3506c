package org.ketaminereference.browser;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What helps a reader keep their place: the contents list marks the heading being read without
 * moving anything on the page, each section says how long it takes to read, and a long one ends
 * with a link back to its top.
 */
@BrowserTest
class ReadingAidsIT {

	private static final String SECTION = "/history";

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeAll
	void openBrowser(Browser browser) {
		this.browser = browser;
	}

	@Test
	void theContentsMarkTheHeadingBeingReadWithoutMovingAnything() {
		for (Viewport viewport : Viewport.values()) {
			try (Reader reader = new Reader(browser, port, viewport)) {
				Page page = reader.page;
				reader.recordLayoutShifts();
				reader.visit(SECTION);
				assertThat(page.locator(".toc-list a[aria-current]").count()).as("marked before reading on").isZero();
				@SuppressWarnings("unchecked")
				List<String> ids = (List<String>) page.evaluate(
						"[...document.querySelectorAll('aside.toc-wide .toc-list a')].map((a) => a.getAttribute('href').slice(1))");
				assertThat(ids).hasSizeGreaterThan(3);
				for (String id : List.of(ids.get(1), ids.get(ids.size() - 1), ids.get(2))) {
					page.evaluate("(id) => { const h = document.getElementById(id);"
							+ " window.scrollTo(0, h.getBoundingClientRect().top + scrollY - 20); }", id);
					page.waitForFunction("(id) => document.querySelector('.toc-wide a[aria-current=location]')"
							+ "?.getAttribute('href') === '#' + id", id);
					assertThat(page.locator(".toc-wide a[aria-current]").count()).as("entries marked on %s", viewport).isOne();
					assertThat(page.locator(".toc-narrow a[aria-current=location]").getAttribute("href")).isEqualTo("#" + id);
					if (viewport == Viewport.DESKTOP) {
						assertThat((Boolean) page.evaluate("""
								() => { const r = document.querySelector('.toc-wide a[aria-current]').getBoundingClientRect();
									return r.top >= 0 && r.bottom <= innerHeight; }"""))
							.as("marked entry in view on the desktop")
							.isTrue();
					}
				}
				assertThat(reader.layoutShift()).as("CLS on %s", viewport).isZero();
				assertThat(reader.errors()).isEmpty();
			}
		}
	}

	@Test
	void withoutJavaScriptTheContentsArePlainLinks() {
		try (Reader reader = new Reader(browser, port, Viewport.DESKTOP, (options) -> options.setJavaScriptEnabled(false))) {
			Page page = reader.page;
			reader.visit(SECTION);
			page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 2)");
			assertThat(page.locator(".toc-list a[aria-current]").count()).isZero();
			Locator last = page.locator(".toc-wide .toc-list a").last();
			last.click();
			assertThat(page.url()).endsWith(last.getAttribute("href"));
		}
	}

	@Test
	void aSectionSaysHowLongItTakesToReadAndALongOneEndsWithAWayBack() {
		for (Viewport viewport : Viewport.values()) {
			try (Reader reader = new Reader(browser, port, viewport)) {
				Page page = reader.page;
				reader.visit(SECTION);
				Locator readingTime = page.locator(".reviewed .reading-time");
				assertThat(readingTime.isVisible()).isTrue();
				assertThat(readingTime.textContent()).matches("\\d+ min read");
				assertThat(page.locator(".reviewed").textContent()).contains("Last reviewed");
				Locator back = page.locator("main .back-to-top a");
				assertThat(back.count()).isOne();
				assertThat((Boolean) back.evaluate(
						"(a) => a.compareDocumentPosition(document.querySelector('.prose')) === Node.DOCUMENT_POSITION_PRECEDING"))
					.as("after the text")
					.isTrue();
				back.scrollIntoViewIfNeeded();
				assertThat(((Number) page.evaluate("scrollY")).doubleValue()).isPositive();
				back.click();
				page.waitForFunction("scrollY === 0");
			}
		}
	}

}
