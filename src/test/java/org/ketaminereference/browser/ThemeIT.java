package org.ketaminereference.browser;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The header's theme switch: the reader's choice holds on every page they open next, is in
 * place before the page is first painted (no flash of the other theme), meets WCAG contrast
 * against the other system setting, and without JavaScript the switch is gone and the system's
 * theme applies.
 */
@BrowserTest
class ThemeIT {

	/**
	 * Installed before the page's own code: records {@code data-theme} as soon as the parser has
	 * reached {@code <body>}, before which nothing of the page can be painted.
	 */
	private static final String RECORD_THEME_AT_BODY = """
			window.__themeAtBody = 'not recorded';
			new MutationObserver((changes, observer) => {
				if (document.body) {
					window.__themeAtBody = document.documentElement.getAttribute('data-theme');
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
			""";

	private static final List<String> PAGES = List.of("/", "/history", "/esketamine", "/references");

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeAll
	void openBrowser(Browser browser) {
		this.browser = browser;
	}

	@Test
	void theChoiceIsRememberedAcrossPagesAndInPlaceBeforeTheFirstPaint() {
		for (Viewport viewport : Viewport.values()) {
			try (Reader reader = new Reader(browser, port, viewport, (options) -> options.setColorScheme(ColorScheme.LIGHT))) {
				Page page = reader.page;
				page.addInitScript(RECORD_THEME_AT_BODY);
				reader.visit("/history");
				assertThat(page.evaluate("window.__themeAtBody")).as("theme before any choice").isEqualTo("system");
				assertThat(luminance(page)).as("page background, system light").isGreaterThan(0.8);
				if (viewport == Viewport.PHONE) {
					page.locator(".site-menu summary").click();
				}
				page.selectOption("#theme-choice", "dark");
				assertThat(luminance(page)).as("page background once dark is chosen").isLessThan(0.05);
				reader.visit("/mechanisms");
				assertThat(page.evaluate("window.__themeAtBody")).as("theme when <body> is parsed on the next page on %s", viewport)
					.isEqualTo("dark");
				assertThat(luminance(page)).as("background on the next page").isLessThan(0.05);
				assertThat(page.inputValue("#theme-choice")).as("the switch shows the choice").isEqualTo("dark");
				page.goBack();
				assertThat(luminance(page)).as("background after going back").isLessThan(0.05);
				if (viewport == Viewport.PHONE) {
					page.locator(".site-menu summary").click();
				}
				page.selectOption("#theme-choice", "system");
				reader.visit("/esketamine");
				assertThat(page.evaluate("window.__themeAtBody")).isEqualTo("system");
				assertThat(luminance(page)).as("system theme again").isGreaterThan(0.8);
				assertThat(reader.errors()).isEmpty();
				assertThat(reader.cspViolations()).isEmpty();
			}
		}
	}

	@Test
	void withoutJavaScriptThereIsNoSwitchAndTheSystemThemeApplies() {
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			try (Reader reader = new Reader(browser, port, Viewport.DESKTOP,
					(options) -> options.setColorScheme(scheme).setJavaScriptEnabled(false))) {
				reader.visit("/history");
				assertThat(reader.page.locator("#theme-choice").isVisible()).as("switch without JavaScript").isFalse();
				double background = luminance(reader.page);
				if (scheme == ColorScheme.DARK) {
					assertThat(background).as("background, system dark").isLessThan(0.05);
				}
				else {
					assertThat(background).as("background, system light").isGreaterThan(0.8);
				}
			}
		}
	}

	/** The chosen theme against the opposite system setting: contrast must hold either way. */
	@Test
	void axeFindsNoViolationInAChosenTheme() {
		for (ColorScheme system : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			String chosen = (system == ColorScheme.LIGHT) ? "dark" : "light";
			for (Viewport viewport : Viewport.values()) {
				try (Reader reader = new Reader(browser, port, viewport, (options) -> options.setColorScheme(system))) {
					reader.visit("/about");
					reader.page.evaluate("(theme) => localStorage.setItem('theme', theme)", chosen);
					for (String path : PAGES) {
						reader.visit(path);
						assertThat(reader.page.getAttribute("html", "data-theme")).isEqualTo(chosen);
						List<Rule> violations = new AxeBuilder(reader.page)
							.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
							.analyze()
							.getViolations();
						assertThat(violations).as("axe on %s, %s chosen over system %s, %s", path, chosen, system, viewport)
							.extracting((rule) -> rule.getId() + " " + rule.getNodes().stream().limit(3).map((node) -> node.getHtml()).toList())
							.isEmpty();
					}
				}
			}
		}
	}

	private static double luminance(Page page) {
		return ReaderBehaviourIT.luminance(page, "body", "backgroundColor");
	}

}
