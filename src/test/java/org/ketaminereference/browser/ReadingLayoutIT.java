package org.ketaminereference.browser;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketaminereference.SitePages;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's frame at the widths readers use: a header that leaves a phone's first screen to the
 * text, section links on one line from a laptop up, and tables that are never cut off, with and
 * without JavaScript.
 */
@BrowserTest
class ReadingLayoutIT {

	private static final String SECTION = "/esketamine";

	/** Pages with tables: the two evidence tables and a Markdown table. */
	private static final List<String> PAGES_WITH_TABLES = List.of("/esketamine", "/mental-health", "/mechanisms");

	/** The header may take this much of a phone's first screen (CSS pixels). */
	private static final int PHONE_HEADER_MAX = 120;

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeAll
	void openBrowser(Browser browser) {
		this.browser = browser;
	}

	@Test
	void onAPhoneTheHeaderIsShortAndItsMenuOpensWithoutJavaScript() {
		for (boolean javaScript : List.of(true, false)) {
			for (int width : List.of(375, 390, 430)) {
				try (Reader reader = reader(width, javaScript)) {
					Page page = reader.page;
					reader.visit(SECTION);
					double header = number(page, "document.querySelector('.site-header').getBoundingClientRect().bottom");
					assertThat(header).as("header height at %dpx, JavaScript %s", width, javaScript)
						.isLessThanOrEqualTo(PHONE_HEADER_MAX);
					assertThat(number(page, "document.querySelector('h1').getBoundingClientRect().top"))
						.as("the page title below the header")
						.isGreaterThanOrEqualTo(header);
					assertThat(page.locator("#search-input").isVisible()).as("search box shown at %dpx", width).isTrue();
					Locator sectionLink = page.locator(".site-nav a[href='/history']");
					assertThat(sectionLink.isVisible()).as("section links before the menu is opened").isFalse();
					page.locator(".site-menu summary").click();
					assertThat(sectionLink.isVisible()).as("section links in the open menu").isTrue();
					sectionLink.click();
					assertThat(page.url()).endsWith("/history");
				}
			}
		}
	}

	@Test
	void fromALaptopUpTheSectionLinksFitOnOneLine() {
		for (String path : SitePages.SECTIONS) {
			for (int width : List.of(1024, 1280, 1920)) {
				try (Reader reader = reader(width, true)) {
					reader.visit(path);
					Locator links = reader.page.locator(".site-nav a");
					assertThat(reader.page.locator(".site-menu summary").isVisible()).as("menu button at %dpx", width).isFalse();
					assertThat(links.count()).isEqualTo(SitePages.SECTIONS.size());
					@SuppressWarnings("unchecked")
					List<Number> tops = (List<Number>) reader.page.evaluate(
							"[...document.querySelectorAll('.site-nav a')].map((a) => Math.round(a.getBoundingClientRect().top))");
					assertThat(tops.stream().distinct()).as("rows of section links on %s at %dpx", path, width).hasSize(1);
					for (int i = 0; i < links.count(); i++) {
						assertThat(links.nth(i).isVisible()).isTrue();
					}
				}
			}
		}
	}

	/**
	 * An evidence table is never wider than the text column; any other table too wide for it
	 * scrolls inside its own labelled region, reachable by keyboard; the page never scrolls sideways.
	 */
	@Test
	void noTableIsCutOffAtAnyWidth() {
		for (String path : PAGES_WITH_TABLES) {
			for (int width : List.of(320, 375, 768, 1024, 1280, 1400, 1920)) {
				try (Reader reader = reader(width, true)) {
					Page page = reader.page;
					reader.visit(path);
					assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= innerWidth"))
						.as("%s scrolls sideways at %dpx", path, width)
						.isTrue();
					@SuppressWarnings("unchecked")
					List<Map<String, Object>> tables = (List<Map<String, Object>>) page.evaluate("""
							[...document.querySelectorAll('.prose table')].map((table) => {
								const region = table.parentElement, column = region.parentElement;
								return { evidence: table.classList.contains('evidence-table'),
									fits: table.getBoundingClientRect().width <= region.clientWidth + 0.5,
									regionFits: region.getBoundingClientRect().right <= column.getBoundingClientRect().right + 0.5,
									region: region.matches('.table-wrap[role=region][tabindex="0"]')
										&& (region.hasAttribute('aria-label') || region.hasAttribute('aria-labelledby')) };
							})""");
					assertThat(tables).as("tables on %s", path).isNotEmpty();
					for (Map<String, Object> table : tables) {
						assertThat(table.get("region")).as("a labelled, focusable region round a table on %s", path).isEqualTo(true);
						assertThat(table.get("regionFits")).as("region within the column on %s at %dpx", path, width).isEqualTo(true);
						if (Boolean.TRUE.equals(table.get("evidence"))) {
							assertThat(table.get("fits")).as("evidence table within its region on %s at %dpx", path, width)
								.isEqualTo(true);
						}
					}
				}
			}
		}
	}

	@Test
	void onAPhoneEachStudyOfAnEvidenceTableIsACardThatNamesEveryValue() {
		try (Reader reader = reader(375, true)) {
			Page page = reader.page;
			reader.visit(SECTION);
			Locator table = page.locator("table.evidence-table").first();
			assertThat(((Number) table.evaluate("(table) => table.tHead.getBoundingClientRect().height")).doubleValue())
				.as("height of the header row, kept for screen readers only")
				.isLessThanOrEqualTo(1);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> cells = (List<Map<String, Object>>) table.evaluate("""
					(table) => {
						const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
						return [...table.querySelectorAll('tbody td')].map((td) => ({
							shown: getComputedStyle(td, '::before').content,
							heading: headings[td.cellIndex],
							display: getComputedStyle(td.parentElement).display }));
					}""");
			assertThat(cells).isNotEmpty();
			for (Map<String, Object> cell : cells) {
				assertThat(cell.get("shown")).as("label before a value").isEqualTo("\"" + cell.get("heading") + ": \"");
				assertThat(cell.get("display")).as("a row laid out as a card").isEqualTo("block");
			}
		}
	}

	private Reader reader(int width, boolean javaScript) {
		return new Reader(browser, port, width < Viewport.DESKTOP.width ? Viewport.PHONE : Viewport.DESKTOP,
				(options) -> options.setViewportSize(width, 800).setJavaScriptEnabled(javaScript));
	}

	private static double number(Page page, String expression) {
		return ((Number) page.evaluate(expression)).doubleValue();
	}

}
