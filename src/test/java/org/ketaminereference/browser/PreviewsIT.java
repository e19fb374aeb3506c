package org.ketaminereference.browser;


import com.microsoft.playwright.Browser;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The previews of citations and glossary terms in a real browser, beyond the keyboard case in
 * {@link ReaderBehaviourIT}: pointer, touch, terms, staying inside the window, and leaving the
 * plain links alone when the stylesheet is missing. Every case also checks that the script broke
 * no rule of the Content-Security-Policy.
 */
@BrowserTest
class PreviewsIT {

	private static final String SECTION = "/mental-health";

	private static final String MARKER = "sup.citation a[role=doc-noteref]";

	/** The preview's box against the window: "ok", or what sticks out. */
	private static final String INSIDE_THE_WINDOW = """
			() => {
				const r = document.getElementById('reader-preview').getBoundingClientRect();
				const width = document.documentElement.clientWidth;
				return (r.left >= 0 && r.right <= width && r.top >= 0 && r.bottom <= innerHeight) ? 'ok'
					: [r.left, r.top, r.right, r.bottom].map(Math.round) + ' in ' + width + 'x' + innerHeight;
			}""";

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeAll
	void openBrowser(Browser browser) {
		this.browser = browser;
	}

	@Test
	void hoveringShowsTheReferenceWhichStaysOpenUnderThePointer() {
		try (Reader reader = new Reader(browser, port, Viewport.DESKTOP)) {
			Page page = reader.page;
			reader.visit(SECTION);
			Locator marker = page.locator(MARKER).first();
			Locator preview = page.getByRole(AriaRole.TOOLTIP, new Page.GetByRoleOptions().setIncludeHidden(true));

			marker.hover();
			preview.waitFor(visible());
			assertThat(preview.textContent()).contains(page.locator("li" + marker.getAttribute("href") + " .entry")
				.textContent()
				.strip());
			assertThat(preview.locator(".evidence").textContent()).isNotBlank();
			assertThat(preview.locator("a[href^='https://doi.org/']").count()).isOne();
			assertThat(preview.locator("a:not([tabindex='-1'])").count()).as("links in the tab order").isZero();
			preview.hover();
			page.waitForTimeout(600);
			assertThat(preview.isVisible()).as("open under the pointer").isTrue();
			page.mouse().move(1, 1);
			preview.waitFor(hidden());
			assertThat(page.url()).endsWith(SECTION);
			assertThat(reader.errors()).isEmpty();
			assertThat(reader.cspViolations()).isEmpty();
		}
	}

	@Test
	void aFirstTapShowsThePreviewASecondFollowsTheLink() {
		try (Reader reader = new Reader(browser, port, Viewport.PHONE, (options) -> options.setHasTouch(true)
			.setIsMobile(true))) {
			Page page = reader.page;
			reader.visit(SECTION);
			Locator marker = page.locator(MARKER).nth(3);
			Locator preview = page.locator("#reader-preview");

			marker.tap();
			preview.waitFor(visible());
			assertThat(page.url()).as("after the first tap").endsWith(SECTION);
			assertThat(page.evaluate(INSIDE_THE_WINDOW)).as("the preview on a phone").isEqualTo("ok");
			page.locator("h1").tap();
			preview.waitFor(hidden());

			marker.tap();
			preview.waitFor(visible());
			marker.tap();
			page.waitForURL("**" + SECTION + marker.getAttribute("href"));
			assertThat(reader.errors()).isEmpty();
			assertThat(reader.cspViolations()).isEmpty();
		}
	}

	@Test
	void focusingATermShowsItsDefinitionAndKeepsItsDescription() {
		try (Reader reader = new Reader(browser, port, Viewport.DESKTOP)) {
			Page page = reader.page;
			reader.visit("/mechanisms");
			Locator term = page.locator("main a.term").first();
			String definitionId = term.getAttribute("aria-describedby");
			String definition = page.locator("#" + definitionId).textContent();

			term.focus();
			Locator preview = page.locator("#reader-preview");
			preview.waitFor(visible());
			assertThat(preview.textContent()).isEqualTo(definition);
			assertThat(term.getAttribute("aria-describedby")).isEqualTo(definitionId);
			page.keyboard().press("Tab");
			assertThat(preview.isVisible()).as("after focus moves on").isEqualTo(
					(Boolean) page.evaluate("document.activeElement.matches('a.term, a[role=doc-noteref]')"));
			assertThat(reader.cspViolations()).isEmpty();
		}
	}

	@Test
	void anAbbreviationsOwnTooltipGivesWayToThePreview() {
		try (Reader reader = new Reader(browser, port, Viewport.DESKTOP)) {
			Page page = reader.page;
			reader.visit("/mechanisms");
			// A handle, not a locator: the locator would find the next term once this one's title is gone.
			ElementHandle term = page.locator("main a.term:has(abbr[title])").first().elementHandle();
			term.focus();
			page.locator("#reader-preview").waitFor(visible());
			assertThat(term.querySelectorAll("abbr[title]")).as("a title left to overlap the preview").isEmpty();
		}
	}

	@Test
	void aPreviewNearTheWindowsEdgeStaysInside() {
		try (Reader reader = new Reader(browser, port, Viewport.DESKTOP)) {
			Page page = reader.page;
			reader.visit(SECTION);
			// The marker furthest right, scrolled to the bottom of the window: room only above and to the left.
			page.evaluate("""
					() => {
						const markers = [...document.querySelectorAll('main .prose sup.citation a[role=doc-noteref]')];
						const far = markers.reduce((a, b) => (b.getBoundingClientRect().right > a.getBoundingClientRect().right ? b : a));
						far.scrollIntoView({ block: 'end' });
						window.scrollBy(0, 30);
						far.focus({ preventScroll: true });
					}""");
			page.locator("#reader-preview").waitFor(visible());
			assertThat(page.evaluate(INSIDE_THE_WINDOW)).isEqualTo("ok");
			assertThat(reader.cspViolations()).isEmpty();
		}
	}

	@Test
	void withoutTheStylesheetTheScriptLeavesThePlainLinks() {
		try (Reader reader = new Reader(browser, port, Viewport.DESKTOP)) {
			Page page = reader.page;
			page.route("**/*.css", (route) -> route.abort());
			reader.visit(SECTION);
			Locator marker = page.locator(MARKER).first();

			marker.focus();
			assertThat(page.locator("#reader-preview").count()).isZero();
			marker.click();
			assertThat(page.url()).endsWith(marker.getAttribute("href"));
			assertThat(reader.cspViolations()).isEmpty();
		}
	}

	private static Locator.WaitForOptions visible() {
		return new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE);
	}

	private static Locator.WaitForOptions hidden() {
		return new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN);
	}

}
