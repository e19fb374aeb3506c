package org.ketaminereference.browser;

import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Margin notes: from 1400 pixels, each paragraph's, list item's, table's or figure's references
 * beside it in the margin, aligned with it, never overlapping each other or the text, and hidden
 * from screen readers; narrower windows, print and readers without JavaScript get the page as
 * before, previews included.
 */
@BrowserTest
class MarginNotesIT {

	/** Long sections: many citing paragraphs, lists, a figure (the timeline) and tables. */
	private static final List<String> SECTIONS = List.of("/mental-health", "/history");

	private static final String NOTES = ".margin-notes";

	private static final String MARKER = "sup.citation a[role=doc-noteref]";

	/**
	 * Checks every group of notes against the page's own citation links and against the boxes
	 * the browser laid out; returns what is wrong, one line each. The citing block of a marker is
	 * its figure or table as a whole, else its list item or paragraph; a list item's notes are its
	 * first child, any other block's notes come just before it.
	 */
	private static final String CHECK_NOTES = """
			() => {
				const problems = [];
				const prose = document.querySelector('main .prose');
				const text = prose.getBoundingClientRect();
				const windowWidth = document.documentElement.clientWidth;
				const name = (block) => block.tagName + ' "' + block.textContent.trim().slice(0, 50) + '"';
				const cited = new Map();
				for (const marker of prose.querySelectorAll('sup.citation:not(.evidence-table *) a[role=doc-noteref]')) {
					const block = (marker.closest('figure, table') === null && marker.closest('li, p')) || marker.closest('.prose > *');
					cited.set(block, [...new Set([...(cited.get(block) || []), marker.getAttribute('href')])]);
				}
				const boxes = [];
				for (const group of document.querySelectorAll('%s')) {
					const parent = group.parentElement;
					const block = (parent.tagName === 'LI' && parent.firstElementChild === group) ? parent : group.nextElementSibling;
					const hrefs = [...group.querySelectorAll('a')].map((a) => a.getAttribute('href'));
					const expected = cited.get(block);
					if (expected === undefined) {
						problems.push('notes ' + hrefs + ' beside ' + name(block) + ', which cites nothing');
						continue;
					}
					cited.delete(block);
					if (hrefs.join(' ') !== expected.join(' ')) {
						problems.push('notes ' + hrefs + ' beside ' + name(block) + ', which cites ' + expected);
					}
					for (const note of group.querySelectorAll('a')) {
						const entry = document.getElementById(note.getAttribute('href').slice(1)).querySelector('.entry');
						// "Berman et al., 2000", or the authors alone for an undated work.
						const lead = note.querySelector('b').textContent.match(/^([^\\s,]+).*?(?:, (\\d{4}))?$/);
						const label = note.querySelector('.evidence');
						const title = entry.querySelector('cite');
						if (!entry.textContent.includes(lead[1]) || !entry.textContent.includes(lead[2] || '')
								|| title === null || !note.textContent.endsWith(title.textContent)
								|| label === null || label.textContent !== entry.parentElement.querySelector('.evidence').textContent) {
							problems.push('note ' + note.textContent + ' does not match its entry ' + entry.textContent);
						}
					}
					const box = group.getBoundingClientRect();
					const at = ' (' + [box.left, box.top, box.right, box.bottom].map(Math.round) + ') ';
					if (box.width === 0 || box.height === 0) {
						problems.push('notes beside ' + name(block) + ' not shown');
					}
					if (box.top < block.getBoundingClientRect().top - 0.5) {
						problems.push('notes' + at + 'start above ' + name(block) + ' at ' + Math.round(block.getBoundingClientRect().top));
					}
					if (box.left < text.right || box.right > windowWidth) {
						problems.push('notes' + at + 'not between the text (right ' + Math.round(text.right) + ') and the window edge ' + windowWidth);
					}
					for (const other of boxes) {
						if (box.top < other.bottom && other.top < box.bottom && box.left < other.right && other.left < box.right) {
							problems.push('notes' + at + 'beside ' + name(block) + ' overlap notes at ' + Math.round(other.top) + '-' + Math.round(other.bottom));
						}
					}
					boxes.push(box);
				}
				cited.forEach((hrefs, block) => problems.push('no notes beside ' + name(block) + ', which cites ' + hrefs));
				return { problems, groups: boxes.length, sideways: document.documentElement.scrollWidth > innerWidth };
			}""".formatted(NOTES);

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeAll
	void openBrowser(Browser browser) {
		this.browser = browser;
	}

	@Test
	void onWideWindowsEachCitingBlockHasItsReferencesBesideItWithoutOverlap() {
		for (String path : SECTIONS) {
			for (int width : List.of(1400, 1440, 1920)) {
				try (Reader reader = reader(width, true)) {
					reader.recordLayoutShifts();
					reader.visit(path);
					Page page = reader.page;
					page.locator(NOTES).first().waitFor(visible());
					@SuppressWarnings("unchecked")
					Map<String, Object> check = (Map<String, Object>) page.evaluate(CHECK_NOTES);
					assertThat((List<?>) check.get("problems")).as("margin notes on %s at %dpx", path, width).isEmpty();
					assertThat((Number) check.get("groups")).as("groups of notes on %s", path).matches((n) -> n.intValue() > 10);
					assertThat(check.get("sideways")).as("sideways scrolling on %s at %dpx", path, width).isEqualTo(false);
					page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)");
					assertThat(reader.layoutShift()).as("CLS on %s at %dpx", path, width).isZero();
					assertThat((Boolean) page.evaluate("""
							() => {
								const prose = document.querySelector('main .prose');
								const before = prose.getBoundingClientRect().height;
								document.querySelectorAll('.margin-notes').forEach((group) => group.remove());
								return prose.getBoundingClientRect().height === before;
							}"""))
						.as("text laid out the same without the notes on %s at %dpx", path, width)
						.isTrue();
					assertThat(reader.errors()).isEmpty();
					assertThat(reader.cspViolations()).isEmpty();
				}
			}
		}
	}

	@Test
	void narrowerWindowsShowNoNotesAndKeepThePreviews() {
		for (int width : List.of(1280, 390)) {
			try (Reader reader = reader(width, true)) {
				Page page = reader.page;
				reader.visit(SECTIONS.get(0));
				assertThat(page.locator(NOTES).count()).as("notes built at %dpx", width).isPositive();
				assertThat(shown(page)).as("notes shown at %dpx", width).isZero();
				page.locator(MARKER).first().focus();
				page.locator("#reader-preview").waitFor(visible());
			}
		}
	}

	@Test
	void withoutJavaScriptOrInPrintThereAreNoNotes() {
		try (Reader reader = reader(1920, false)) {
			reader.visit(SECTIONS.get(0));
			assertThat(reader.page.locator(NOTES).count()).isZero();
		}
		try (Reader reader = reader(1920, true)) {
			reader.visit(SECTIONS.get(0));
			reader.page.locator(NOTES).first().waitFor(visible());
			reader.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			assertThat(shown(reader.page)).as("notes printed").isZero();
		}
	}

	/**
	 * Screen readers read the text as before: the notes are hidden from them and not in the tab
	 * order, and the text's accessibility tree is the same as without the script.
	 */
	@Test
	void theNotesAreNotReadAndNotFocusableAndAxeFindsNothingInEitherTheme() {
		String withoutScript;
		try (Reader reader = reader(1440, false)) {
			reader.visit(SECTIONS.get(0));
			withoutScript = reader.page.locator("main .prose").ariaSnapshot();
		}
		for (String theme : List.of("light", "dark")) {
			try (Reader reader = reader(1440, true)) {
				Page page = reader.page;
				page.addInitScript("localStorage.setItem('theme', '" + theme + "')");
				reader.visit(SECTIONS.get(0));
				page.locator(NOTES).first().waitFor(visible());
				assertThat(page.getAttribute("html", "data-theme")).isEqualTo(theme);
				assertThat(page.locator("main .prose").ariaSnapshot()).as("the text as screen readers get it, %s", theme)
					.isEqualTo(withoutScript);
				assertThat(page.locator(NOTES + ":not([aria-hidden=true])").count()).isZero();
				assertThat(page.locator(NOTES + " a:not([tabindex='-1'])").count()).as("links in the tab order").isZero();
				List<Rule> violations = AccessibilityIT.violations(reader);
				assertThat(violations).as("axe with margin notes, %s theme", theme)
					.extracting((rule) -> rule.getId() + " " + rule.getNodes().stream().limit(3).map((node) -> node.getHtml()).toList())
					.isEmpty();
			}
		}
	}

	@Test
	void aNoteLeadsToItsReference() {
		try (Reader reader = reader(1920, true)) {
			Page page = reader.page;
			reader.visit(SECTIONS.get(0));
			Locator note = page.locator(NOTES + " a").nth(2);
			String href = note.getAttribute("href");
			note.click();
			assertThat(page.url()).endsWith(SECTIONS.get(0) + href);
			assertThat((Boolean) page.evaluate("document.querySelector(':target') === document.querySelector('.reference-list li" + href + "')"))
				.isTrue();
		}
	}

	private Reader reader(int width, boolean javaScript) {
		return new Reader(browser, port, width < Viewport.DESKTOP.width ? Viewport.PHONE : Viewport.DESKTOP,
				(options) -> options.setViewportSize(width, 900).setJavaScriptEnabled(javaScript));
	}

	/** How many groups of notes take up room on the page. */
	private static int shown(Page page) {
		return ((Number) page.evaluate("[...document.querySelectorAll('" + NOTES + "')]"
				+ ".filter((group) => group.getClientRects().length > 0).length")).intValue();
	}

	private static Locator.WaitForOptions visible() {
		return new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE);
	}

}
