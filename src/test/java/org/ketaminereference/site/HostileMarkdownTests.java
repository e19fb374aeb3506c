package org.ketaminereference.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.HostileMarkdownCorpus;
import org.ketaminereference.content.HostileMarkdownCorpus.HostileInput;
import org.ketaminereference.content.InvalidContentException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every input of the hostile corpus goes through the real pipeline (loader, renderer and the
 * site builder with the real templates) and either is refused as a content problem or yields a
 * site whose every page passes {@link PageAllowlist}, with no duplicate ids.
 */
class HostileMarkdownTests {

	@TempDir
	private Path temporary;

	@Test
	void noHostileInputPutsAnythingExecutableOnAPage() throws Exception {
		List<HostileInput> corpus = HostileMarkdownCorpus.all();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
		assertThat(corpus.stream().map(HostileInput::name).distinct()).hasSameSizeAs(corpus);
		List<String> problems = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		int pages = 0;
		for (HostileInput input : corpus) {
			SiteSnapshot site;
			try {
				site = HostileSites.build(input, temporary);
			}
			catch (InvalidContentException ex) {
				refused.add(input.name());
				continue;
			}
			for (Map.Entry<String, String> page : htmlPages(site).entrySet()) {
				pages++;
				PageAllowlist.violations(page.getValue())
					.forEach((violation) -> problems.add(input.name() + " " + page.getKey() + ": " + violation));
				duplicateIds(page.getValue())
					.forEach((id) -> problems.add(input.name() + " " + page.getKey() + ": duplicate id " + id));
			}
		}
		System.out.printf("Hostile Markdown: %d inputs; %d rendered into %d pages checked; %d problems; %d refused as "
				+ "content problems: %s%n", corpus.size(), corpus.size() - refused.size(), pages, problems.size(),
				refused.size(), refused);
		assertThat(problems).isEmpty();
		assertThat(refused).as("inputs refused, not rendered").hasSizeLessThan(corpus.size() / 2);
	}

	@Test
	void aScriptTagIsShownAsText() throws Exception {
		HostileInput script = HostileMarkdownCorpus.all()
			.stream()
			.filter((input) -> input.name().equals("script-tag"))
			.findFirst()
			.orElseThrow();
		Document page = Jsoup.parse(HostileSites.build(script, temporary).page("/first").orElseThrow().text());
		assertThat(page.select("main").text()).contains("<script>alert(1)</script>");
		page.select(PageAllowlist.SITE_OWNED).remove();
		assertThat(page.select("script")).isEmpty();
	}

	@Test
	void theRealSitePassesTheAllowlistToo() {
		SiteSnapshot site = HostileSites.buildRealSite();
		htmlPages(site).forEach((path, html) -> assertThat(PageAllowlist.violations(html)).as(path).isEmpty());
	}

	@Test
	void theAllowlistCatchesWhatItShould() {
		assertThat(PageAllowlist.violations("<p onclick=x>a</p><script></script><svg></svg><a href='JaVa\tScript:x'>b</a>"
				+ "<img src='//evil.example/x.png'><p style='color:red'>c</p><meta http-equiv=refresh content=0>"))
			.containsExactlyInAnyOrder("attribute onclick on <p>", "element <script>", "element <svg>",
					"link to JaVa\tScript:x", "image from //evil.example/x.png", "attribute style on <p>",
					"attribute http-equiv on <meta>");
	}

	private static Map<String, String> htmlPages(SiteSnapshot site) {
		Map<String, String> pages = new LinkedHashMap<>();
		site.pages().forEach((path, page) -> {
			if (page.contentType().startsWith("text/html")) {
				pages.put(path, page.text());
			}
		});
		pages.put("(404)", site.notFound().text());
		pages.put("(error)", site.error().text());
		return pages;
	}

	private static List<String> duplicateIds(String html) {
		Set<String> seen = new HashSet<>();
		return Jsoup.parse(html).select("[id]").stream().map(Element::id).filter((id) -> !seen.add(id)).toList();
	}

}
