package org.ketaminereference.browser;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader does on a section page, done in a real browser: open the contents, follow
 * headings and citations and come back, read in the dark theme, print, and do all of it with
 * JavaScript switched off.
 */
@BrowserTest
class ReaderBehaviourIT {

	private static final String SECTION = "/history";

	/**
	 * "ok" when the element is in the viewport with its top edge visible and nothing (a sticky
	 * header, an overlay) drawn over its first line; otherwise what is wrong.
	 */
	private static final String IN_VIEW_AND_UNCOVERED = """
			(id) => {
				const el = document.getElementById(id);
				const r = el.getBoundingClientRect();
				if (r.top < 0 || r.top >= innerHeight) return 'top at ' + r.top + 'px, viewport ' + innerHeight + 'px high';
				const hit = document.elementFromPoint(Math.min(r.left + 4, innerWidth - 1),
					r.top + Math.min(r.height / 2, 8));
				if (hit && (hit === el || el.contains(hit))) return 'ok';
				return 'covered by ' + (hit ? hit.outerHTML.slice(0, 100) : 'nothing');
			}
			""";

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeAll
	void openBrowser(Browser browser) {
		this.browser = browser;
	}

	@Test
	void theContentsAreCollapsibleOnAPhone() {
		try (Reader reader = new Reader(browser, port, Viewport.PHONE)) {
			Page page = reader.page;
			reader.visit(SECTION);
			Locator contents = page.locator("details.toc-narrow");
			Locator firstEntry = contents.locator("a").first();
			assertThat(page.locator("aside.toc-wide").isVisible()).isFalse();
			assertThat(contents.isVisible()).isTrue();
			assertThat(firstEntry.isVisible()).as("entries before opening").isFalse();
			contents.locator("summary").click();
			assertThat(firstEntry.isVisible()).as("entries after opening").isTrue();
			contents.locator("summary").click();
			assertThat(firstEntry.isVisible()).as("entries after closing").isFalse();
		}
	}

	@Test
	void theContentsStayInViewOnADesktop() {
		try (Reader reader = new Reader(browser, port, Viewport.DESKTOP)) {
			Page page = reader.page;
			reader.visit(SECTION);
			assertThat(page.locator("details.toc-narrow").isVisible()).isFalse();
			page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight * 0.8)");
			assertThat(((Number) page.evaluate("scrollY")).doubleValue()).isPositive();
			assertThat((Boolean) page.evaluate("""
					() => { const r = document.querySelector('aside.toc-wide nav').getBoundingClientRect();
						return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; }"""))
				.as("contents within the viewport after scrolling down")
				.isTrue();
		}
	}

	@Test
	void followingAHeadingLinkShowsTheHeading() {
		for (Viewport viewport : Viewport.values()) {
			try (Reader reader = new Reader(browser, port, viewport)) {
				Page page = reader.page;
				reader.visit(SECTION);
				if (viewport == Viewport.PHONE) {
					page.locator("details.toc-narrow summary").click();
				}
				Locator last = page.locator(".toc-list a:visible").last();
				String id = last.getAttribute("href").substring(1);
				last.click();
				assertThat(page.url()).endsWith("#" + id);
				assertThat(page.evaluate(IN_VIEW_AND_UNCOVERED, id)).as("heading %s on %s", id, viewport).isEqualTo("ok");
			}
		}
	}

	@Test
	void aCitationLeadsToItsReferenceAndTheBackLinkReturnsToTheCitingPlace() {
		for (Viewport viewport : Viewport.values()) {
			try (Reader reader = new Reader(browser, port, viewport)) {
				followCitationAndReturn(reader, viewport);
			}
		}
	}

	@Test
	void theBrowsersBackButtonReturnsToTheCitingPlace() {
		try (Reader reader = new Reader(browser, port, Viewport.PHONE)) {
			Page page = reader.page;
			reader.visit(SECTION);
			Locator marker = page.locator("a[role=doc-noteref]:visible").nth(10);
			String markerId = marker.getAttribute("id");
			marker.click();
			page.goBack();
			assertThat(page.evaluate(IN_VIEW_AND_UNCOVERED, markerId)).isEqualTo("ok");
		}
	}

	@Test
	void citationPreviewsOpenByKeyboardAndCloseWithEscape() {
		try (Reader reader = new Reader(browser, port, Viewport.DESKTOP)) {
			Page page = reader.page;
			reader.visit(SECTION);
			assertThat(page.locator("script[src^='/assets/']").count()).as("the site's script, which opens previews")
				.isPositive();
			for (int i = 0; i < 80 && !(Boolean) page.evaluate("document.activeElement.matches('a[role=doc-noteref]')"); i++) {
				page.keyboard().press("Tab");
			}
			Locator marker = page.locator("a[role=doc-noteref]:focus");
			assertThat(marker.count()).as("a citation marker reached with Tab").isOne();
			String entry = page.locator("li" + marker.getAttribute("href") + " .entry").textContent().strip();
			Locator preview = page.getByRole(AriaRole.TOOLTIP);
			assertThat(preview.isVisible()).as("preview open on focus").isTrue();
			assertThat(preview.textContent()).contains(entry);
			assertThat(marker.getAttribute("aria-describedby")).as("marker described by its preview")
				.isEqualTo(preview.getAttribute("id"));
			page.keyboard().press("Escape");
			assertThat(preview.isVisible()).as("preview after Escape").isFalse();
			assertThat(page.evaluate("document.activeElement.getAttribute('role')")).as("focus after Escape")
				.isEqualTo("doc-noteref");
			assertThat(reader.errors()).isEmpty();
		}
	}

	@Test
	void theSearchBoxFindsSections() {
		try (Reader reader = new Reader(browser, port, Viewport.PHONE)) {
			Page page = reader.page;
			reader.visit("/");
			Locator box = page.locator("input[type=search]");
			assertThat(box.count()).as("search boxes on /").isPositive();
			box.first().fill("receptors");
			box.first().press("Enter");
			page.waitForURL("**/search?*");
			assertThat(page.url()).contains("q=receptors");
			Locator results = page.locator("main a[href^='/']:not([href='/'])");
			assertThat(results.count()).as("links to results").isPositive();
			results.first().click();
			assertThat(page.url()).doesNotContain("/search");
			assertThat(reader.errors()).isEmpty();
		}
	}

	@Test
	void theDarkThemeIsDarkWithLightText() {
		try (Reader reader = new Reader(browser, port, Viewport.DESKTOP,
				(options) -> options.setColorScheme(ColorScheme.DARK))) {
			reader.visit(SECTION);
			assertThat(luminance(reader.page, "body", "backgroundColor")).as("background").isLessThan(0.05);
			assertThat(luminance(reader.page, ".prose p", "color")).as("text").isGreaterThan(0.6);
			assertThat(luminance(reader.page, ".prose a", "color")).as("links").isGreaterThan(0.3);
		}
	}

	@Test
	void printingShowsTheTextAndReferencesWithTheirAddresses() {
		for (String path : List.of(SECTION, "/references")) {
			try (Reader reader = new Reader(browser, port, Viewport.DESKTOP)) {
				Page page = reader.page;
				reader.visit(path);
				page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
				for (String navigation : List.of(".skip-link", ".site-nav", "[role=search]", ".toc-wide", ".toc-narrow",
						".breadcrumbs", ".prev-next", ".site-footer nav", ".backlinks")) {
					assertThat(page.locator(navigation + " >> visible=true").count()).as("%s printed on %s", navigation, path)
						.isZero();
				}
				assertThat(page.locator("h1").isVisible()).isTrue();
				assertThat(page.locator(".disclaimer").isVisible()).as("disclaimer printed").isTrue();
				@SuppressWarnings("unchecked")
				List<String> unprinted = (List<String>) page.evaluate("""
						() => [...document.querySelectorAll('.reference-list a[href^="http"]')]
							.filter((a) => {
								const printed = a.textContent + getComputedStyle(a, '::after').content;
								return !(a.href.endsWith(a.textContent.trim()) || printed.includes(a.href));
							})
							.map((a) => a.href)""");
				assertThat(page.locator(".reference-list a[href^='http']").count()).isPositive();
				assertThat(unprinted).as("reference links on %s printed without their address", path).isEmpty();
			}
		}
	}

	@Test
	void everythingWorksWithJavaScriptSwitchedOff() {
		try (Reader reader = new Reader(browser, port, Viewport.PHONE, (options) -> options.setJavaScriptEnabled(false))) {
			Page page = reader.page;
			reader.visit("/");
			page.locator(".site-menu summary").click();
			page.locator(".site-nav a[href='" + SECTION + "']").click();
			assertThat(page.url()).endsWith(SECTION);
			page.locator("details.toc-narrow summary").click();
			Locator entry = page.locator("details.toc-narrow a").nth(2);
			String headingId = entry.getAttribute("href").substring(1);
			entry.click();
			assertThat(page.evaluate(IN_VIEW_AND_UNCOVERED, headingId)).isEqualTo("ok");
			followCitationAndReturn(reader, Viewport.PHONE);
			page.locator(".site-footer a[href='/references']").click();
			assertThat(page.locator("li[id^=ref-]").count()).isGreaterThan(10);
			page.locator(".site-footer a[href='/article']").click();
			assertThat(page.locator("h1").textContent()).isNotBlank();
		}
	}

	/** Follows a citation well into the text to its reference, then that reference's back-link. */
	private void followCitationAndReturn(Reader reader, Viewport viewport) {
		Page page = reader.page;
		if (!page.url().endsWith(SECTION)) {
			reader.visit(SECTION);
		}
		Locator marker = page.locator("a[role=doc-noteref]:visible").nth(10);
		String markerId = marker.getAttribute("id");
		String referenceId = marker.getAttribute("href").substring(1);
		marker.click();
		assertThat(page.url()).endsWith("#" + referenceId);
		assertThat(page.evaluate(IN_VIEW_AND_UNCOVERED, referenceId)).as("reference on %s", viewport).isEqualTo("ok");
		page.locator("li#" + referenceId + " a[role=doc-backlink][href='#" + markerId + "']").click();
		assertThat(page.url()).endsWith("#" + markerId);
		assertThat(page.evaluate(IN_VIEW_AND_UNCOVERED, markerId)).as("citing place on %s", viewport).isEqualTo("ok");
	}

	/** Relative luminance (WCAG) of an element's computed colour: 0 is black, 1 is white. */
	static double luminance(Page page, String selector, String property) {
		return ((Number) page.evaluate("""
				([selector, property]) => {
					const [r, g, b] = getComputedStyle(document.querySelector(selector))[property].match(/[\\d.]+/g).map(Number);
					const channel = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
					return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
				}""", List.of(selector, property))).doubleValue();
	}

}
