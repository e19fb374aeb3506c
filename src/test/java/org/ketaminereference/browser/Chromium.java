package org.ketaminereference.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, driven by Playwright. Playwright's own browser download is switched off:
 * it cannot reach its CDN here, and the distribution's Chromium is the one CI installs.
 */
final class Chromium implements AutoCloseable {

	static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	static final String INSTALL_HINT = "No Chromium at " + EXECUTABLE
			+ ": the browser tests are skipped. Install it with `apt-get install chromium` to run them.";

	private final Playwright playwright;

	private final Browser browser;

	private Chromium() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				// No sandbox: CI runs as root in a container; no GPU on the build machines.
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
	}

	static boolean isInstalled() {
		return Files.isExecutable(EXECUTABLE);
	}

	static Chromium launch() {
		return new Chromium();
	}

	Browser browser() {
		return browser;
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
