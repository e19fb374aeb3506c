package org.ketaminereference.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.HostileMarkdownCorpus;
import org.ketaminereference.content.HostileMarkdownCorpus.HostileInput;
import org.ketaminereference.content.InvalidContentException;
import org.ketaminereference.site.HostileSites;
import org.ketaminereference.site.SiteSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input of the hostile Markdown corpus, built into a whole site and opened in Chromium:
 * no dialog opens, no script error is raised and nothing is logged as an error. The pages are
 * served without the Content-Security-Policy, so that what is shown is that the markup itself is
 * inert, not only that the policy would stop it.
 */
@BrowserTest
class HostileMarkdownBrowserIT {

	/** An origin of its own: nothing the pages do can reach the test server. */
	private static final String ORIGIN = "http://hostile.test";

	@TempDir
	private Path workspace;

	private Browser browser;

	/** One tab for the whole corpus: each input's site replaces the last one behind the same origin. */
	private BrowserContext context;

	private Page page;

	private final List<String> events = new ArrayList<>();

	private volatile SiteSnapshot site;

	@BeforeAll
	void openTab(Browser browser) {
		this.browser = browser;
		this.context = browser.newContext();
		this.page = watched(context, events);
		context.route("**/*", (route) -> serve(route, site));
	}

	@AfterAll
	void closeTab() {
		// A request still under way would otherwise reach the handler while the context closes.
		context.unrouteAll();
		context.close();
	}

	@TestFactory
	Stream<DynamicTest> noHostileInputRunsCodeInTheBrowser() {
		List<HostileInput> corpus = HostileMarkdownCorpus.all();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
		return corpus.stream().map((input) -> DynamicTest.dynamicTest(input.name(), () -> open(input)));
	}

	/** The check above would pass vacuously if a dialog went unnoticed: show that one is seen. */
	@Test
	void aDialogIsNoticed() {
		List<String> events = new ArrayList<>();
		try (BrowserContext context = browser.newContext()) {
			Page page = watched(context, events);
			context.route(ORIGIN + "/**", (route) -> route.fulfill(new Route.FulfillOptions().setStatus(200)
				.setContentType("text/html")
				.setBody("<!DOCTYPE html><title>Probe</title><img src=x onerror=alert(1)>")));
			page.navigate(ORIGIN + "/");
			page.waitForLoadState();
		}
		assertThat(events).anyMatch((event) -> event.startsWith("dialog"));
	}

	private void open(HostileInput input) throws Exception {
		try {
			site = HostileSites.build(input, workspace);
		}
		catch (InvalidContentException refused) {
			return; // Refused as a content problem: nothing of it reaches a page.
		}
		events.clear();
		// The first section holds the body, front matter and reference of an input; the landing
		// page also holds the article's front matter.
		for (String path : (input.article() == null) ? List.of("/first") : List.of("/first", "/")) {
			page.navigate(ORIGIN + path);
			page.waitForLoadState();
			// Focus every link: an injected focus handler would run now.
			page.evaluate("() => document.querySelectorAll('a, [tabindex]').forEach((el) => el.focus())");
		}
		assertThat(events).as("dialogs, script errors and console errors for %s", input).isEmpty();
	}

	private static Page watched(BrowserContext context, List<String> events) {
		Page page = context.newPage();
		page.onDialog((dialog) -> {
			events.add("dialog " + dialog.type() + ": " + dialog.message());
			dialog.dismiss();
		});
		page.onPageError((error) -> events.add("uncaught: " + error));
		page.onConsoleMessage((message) -> {
			// A site-relative image the corpus names does not exist; a missing file is no script.
			if (message.type().equals("error") && !message.text().startsWith("Failed to load resource")) {
				events.add("console: " + message.text());
			}
		});
		return page;
	}

	/** The built site's own bytes, as the server sends them, minus the policy; nothing from elsewhere. */
	private static void serve(Route route, SiteSnapshot site) {
		String url = route.request().url();
		if (!url.startsWith(ORIGIN + "/")) {
			route.abort();
			return;
		}
		String path = url.substring(ORIGIN.length()).replaceFirst("[?#].*", "");
		Optional.ofNullable(site.pages().get(path))
			.ifPresentOrElse((found) -> route.fulfill(new Route.FulfillOptions().setStatus(200)
				.setContentType(found.contentType())
				.setBodyBytes(found.body())), () -> route.fulfill(new Route.FulfillOptions().setStatus(404)
					.setContentType(site.notFound().contentType())
					.setBodyBytes(site.notFound().body())));
	}

}
