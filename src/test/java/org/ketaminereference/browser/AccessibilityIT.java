package org.ketaminereference.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ketaminereference.SitePages;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page meets WCAG 2.2 A and AA as far as axe-core can tell, in the light and the dark
 * theme, and can be used with the keyboard alone: the skip link comes first
 * and works, and each tab stop that follows has a visible focus ring, in reading order.
 */
@BrowserTest
class AccessibilityIT {

	/** axe-core's tags for the WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/** Enough tab stops to pass the header, the table of contents and into the text. */
	private static final int TAB_STOPS = 25;

	/**
	 * Every page has at least this many (skip link, home, the header's links, the footer's): a
	 * walk that ends sooner, because focus left the page or never entered it, checked nothing.
	 */
	private static final int MIN_TAB_STOPS = 8;

	/**
	 * Describes the focused element: whether it draws a focus ring (an outline or a box shadow of
	 * at least 2px), whether it is on screen, and whether it follows the previous tab stop in the
	 * document. Returns null when focus has left the page.
	 */
	private static final String FOCUS_STATE = """
			() => {
				const el = document.activeElement;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const ring = el.matches(':focus-visible')
					&& ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)
						|| style.boxShadow !== 'none');
				const r = el.getBoundingClientRect();
				const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight
					&& r.right > 0 && r.left < innerWidth;
				const previous = window.__previousStop;
				const afterPrevious = !previous
					|| (previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
				window.__previousStop = el;
				const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
					+ (el.className ? '.' + String(el.className).split(' ').join('.') : '')
					+ ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
				return { ring, onScreen, afterPrevious, name };
			}
			""";

	@LocalServerPort
	private int port;

	private Browser browser;

	private List<String> paths;

	@BeforeAll
	void openBrowser(Browser browser) throws Exception {
		this.browser = browser;
		this.paths = SitePages.everyServedPage(port);
	}

	/**
	 * Both themes on the desktop, and the light theme on the phone too, where the layout differs
	 * (target sizes, the collapsed contents). The themes differ only in colours, which the desktop
	 * runs check; a dark phone run would double the cost of the slowest test for little more.
	 */
	@TestFactory
	Stream<DynamicTest> axeFindsNoViolationOnAnyPageInEitherTheme() {
		return paths.stream()
			.flatMap((path) -> Stream.of(ColorScheme.LIGHT, ColorScheme.DARK)
				.flatMap((scheme) -> Stream.of(Viewport.values())
					.filter((viewport) -> scheme == ColorScheme.LIGHT || viewport == Viewport.DESKTOP)
					.map((viewport) -> DynamicTest.dynamicTest(path + " " + scheme + " on " + viewport,
							() -> assertNoViolations(path, scheme, viewport)))));
	}

	@TestFactory
	Stream<DynamicTest> theSkipLinkIsTheFirstTabStopAndMovesFocusToTheText() {
		return paths.stream().map((path) -> DynamicTest.dynamicTest(path, () -> {
			try (Reader reader = new Reader(browser, port, Viewport.DESKTOP)) {
				reader.visit(path);
				reader.page.keyboard().press("Tab");
				assertThat(focused(reader, "el.className")).as("first tab stop on %s", path).isEqualTo("skip-link");
				assertThat((Boolean) reader.page.evaluate("() => { const r = document.activeElement.getBoundingClientRect();"
						+ " return r.left >= 0 && r.top >= 0 && r.right <= innerWidth; }"))
					.as("skip link on screen when focused on %s", path)
					.isTrue();
				reader.page.keyboard().press("Enter");
				assertThat(focused(reader, "el.id")).as("focus after the skip link on %s", path).isEqualTo("main");
				reader.page.keyboard().press("Tab");
				assertThat((Boolean) reader.page.evaluate("""
						() => { const main = document.getElementById('main'), el = document.activeElement;
							return main.contains(el) || (main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0; }"""))
					.as("next tab stop after the skip link on %s is in or after the text", path)
					.isTrue();
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> tabStopsFollowTheReadingOrderWithAVisibleFocusRing() {
		return paths.stream()
			.flatMap((path) -> Stream.of(Viewport.values())
				.map((viewport) -> DynamicTest.dynamicTest(path + " on " + viewport, () -> tabThrough(path, viewport))));
	}

	private void assertNoViolations(String path, ColorScheme scheme, Viewport viewport) {
		try (Reader reader = new Reader(browser, port, viewport, (options) -> options.setColorScheme(scheme))) {
			reader.visit(path);
			assertThat(violations(reader)).as("axe violations on %s (%s, %s)", path, scheme, viewport)
				.extracting(AccessibilityIT::describe)
				.isEmpty();
		}
	}

	/** The check above would pass if axe found nothing anywhere: on a page made faulty, it must report. */
	@Test
	void axeReportsKnownViolations() {
		try (Reader reader = new Reader(browser, port, Viewport.DESKTOP)) {
			reader.visit("/about");
			// Colours through the CSSOM: the page's policy blocks style attributes in markup.
			reader.page.evaluate("""
					() => {
						document.documentElement.removeAttribute('lang');
						const p = document.querySelector('main p');
						p.insertAdjacentHTML('afterend', '<img src="/assets/none.png"><p id="pale">Pale text</p>');
						const pale = document.getElementById('pale');
						pale.style.color = '#ccc';
						pale.style.background = '#fff';
					}""");
			assertThat(violations(reader)).extracting(Rule::getId).contains("html-has-lang", "image-alt", "color-contrast");
		}
	}

	static List<Rule> violations(Reader reader) {
		return new AxeBuilder(reader.page).withTags(WCAG_22_AA).analyze().getViolations();
	}

	private void tabThrough(String path, Viewport viewport) {
		try (Reader reader = new Reader(browser, port, viewport)) {
			reader.visit(path);
			assertThat(reader.page.locator("[tabindex]:not([tabindex='-1']):not([tabindex='0'])").count())
				.as("elements on %s that jump the tab order", path)
				.isZero();
			List<String> problems = new ArrayList<>();
			String stops = "";
			int reached = 0;
			for (int i = 0; i < TAB_STOPS; i++) {
				reader.page.keyboard().press("Tab");
				@SuppressWarnings("unchecked")
				Map<String, Object> stop = (Map<String, Object>) reader.page.evaluate(FOCUS_STATE);
				if (stop == null) {
					break;
				}
				reached++;
				stops += " -> " + stop.get("name");
				if (!Boolean.TRUE.equals(stop.get("ring"))) {
					problems.add("no visible focus ring on tab stop " + (i + 1) + ": " + stop.get("name"));
				}
				if (!Boolean.TRUE.equals(stop.get("onScreen"))) {
					problems.add("tab stop " + (i + 1) + " is not on screen: " + stop.get("name"));
				}
				if (!Boolean.TRUE.equals(stop.get("afterPrevious"))) {
					problems.add("tab stop " + (i + 1) + " comes before the previous one in the page: " + stop.get("name"));
				}
			}
			assertThat(reached).as("tab stops on %s on %s before focus left the page:%s", path, viewport, stops)
				.isGreaterThanOrEqualTo(MIN_TAB_STOPS);
			assertThat(problems).as("keyboard use of %s on %s; tab order:%s", path, viewport, stops).isEmpty();
		}
	}

	private static String focused(Reader reader, String property) {
		return (String) reader.page.evaluate("() => { const el = document.activeElement; return " + property + "; }");
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().limit(5).map((node) -> node.getTarget() + " " + node.getHtml()).toList();
	}

}
