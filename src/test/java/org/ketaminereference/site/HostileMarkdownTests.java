package org.ketaminereference.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.HostileMarkdownCorpus;
import org.ketaminereference.content.HostileMarkdownCorpus.Case;
import org.ketaminereference.content.HostileMarkdownCorpus.HostileInput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sample of the hostile corpus goes through the real pipeline (see
 * {@link HostileSites#assertNothingExecutable}); and the allowlist itself is checked.
 */
class HostileMarkdownTests {

	@TempDir
	private Path temporary;

	/** A sample of the corpus keeps the unit tests quick; {@code HostileMarkdownIT} runs all of it. */
	@Test
	void noSampledHostileInputPutsAnythingExecutableOnAPage() throws Exception {
		List<Case> sample = HostileMarkdownCorpus.sample();
		assertThat(sample).hasSizeGreaterThanOrEqualTo(10);
		HostileSites.assertNothingExecutable(sample, temporary);
	}

	@Test
	void aScriptTagIsShownAsText() throws Exception {
		HostileInput script = HostileMarkdownCorpus.all()
			.stream()
			.filter((input) -> input.name().equals("script-tag"))
			.findFirst()
			.orElseThrow();
		Document page = Jsoup.parse(new String(HostileSites.build(script, temporary).pages().get("/first").body(), StandardCharsets.UTF_8));
		assertThat(page.select("main").text()).contains("<script>alert(1)</script>");
		page.select(PageAllowlist.SITE_OWNED).remove();
		assertThat(page.select("script")).isEmpty();
	}

	@Test
	void theRealSitePassesTheAllowlistToo() {
		SiteSnapshot site = HostileSites.buildRealSite();
		HostileSites.htmlPages(site).forEach((path, html) -> assertThat(PageAllowlist.violations(html)).as(path).isEmpty());
	}

	@Test
	void theAllowlistCatchesWhatItShould() {
		assertThat(PageAllowlist.violations("<p onclick=x>a</p><script></script><svg></svg><a href='JaVa\tScript:x'>b</a>"
				+ "<img src='//evil.example/x.png'><p style='color:red'>c</p><meta http-equiv=refresh content=0>"))
			.containsExactlyInAnyOrder("attribute onclick on <p>", "element <script>", "element <svg>",
					"link to JaVa\tScript:x", "image from //evil.example/x.png", "attribute style on <p>",
					"attribute http-equiv on <meta>");
	}

	@Test
	void theFigureAllowlistCatchesWhatItShould() {
		String drawing = "<figure><svg xmlns='http://www.w3.org/2000/svg' role=img aria-labelledby=fig-t><title id=fig-t>T</title>"
				+ "<marker id=m></marker><line marker-end='url(#m)'/><path onload=x d=M0/><a href='javascript:x'><text>a</text></a>"
				+ "<image href='//evil.example/x.png'/><line marker-end='url(https://evil.example/m.svg#m)'/>"
				+ "<rect style='fill:url(#m)'/><foreignObject></foreignObject><use href='#m'/></svg></figure>";
		assertThat(PageAllowlist.violations(drawing)).containsExactlyInAnyOrder("figure drawing: attribute onload on <path>",
				"figure drawing: element <a>", "figure drawing: attribute href on <a>", "figure drawing: element <image>",
				"figure drawing: attribute href on <image>",
				"figure drawing: reference url(https://evil.example/m.svg#m) on <line>",
				"figure drawing: attribute style on <rect>", "figure drawing: element <foreignobject>",
				"figure drawing: element <use>", "figure drawing: attribute href on <use>");
	}

	/** A refused input counts as checked only if the refusal tells the author the file and line. */
	@Test
	void aRefusalMustNameTheFileAndALine() {
		List<String> about = List.of("about.md");
		assertThat(HostileSites.refusalWithoutPlace(List.of(new ContentProblem("about.md", 3, "", "x")), about)).isNull();
		assertThat(HostileSites.refusalWithoutPlace(List.of(new ContentProblem("about.md", 0, "", "x")), about))
			.isNotNull();
		assertThat(HostileSites.refusalWithoutPlace(List.of(new ContentProblem("article.md", 3, "", "x")), about))
			.isNotNull();
	}

}
