package org.ketaminereference.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.HostileMarkdownCorpus.Case;
import org.ketaminereference.content.HostileMarkdownCorpus.HostileInput;
import org.ketaminereference.content.HostileMarkdownCorpus.Place;
import org.ketaminereference.content.InvalidContentException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the whole site from one input of the hostile corpus, through the real loader, renderer,
 * templates and site builder, without Spring: the same pages the server would send.
 */
public final class HostileSites {

	private static final SiteBuilder BUILDER = new SiteBuilder();

	private static final ReferenceProperties PROPERTIES = new ReferenceProperties(Path.of("content"),
			"https://example.org", false, null, null);

	private HostileSites() {
	}

	/**
	 * @param workspace a folder the input's content files are written into
	 * @throws InvalidContentException when the loader refuses the input as a content problem
	 */
	public static SiteSnapshot build(HostileInput input, Path workspace) throws IOException {
		return build(input, Place.FIRST_SECTION, workspace);
	}

	/** Builds the site with the input put in {@code place}. */
	static SiteSnapshot build(HostileInput input, Place place, Path workspace) throws IOException {
		Path directory = Files.createDirectories(workspace.resolve(input.name() + "-" + place));
		return BUILDER.build(SiteArticle.load(input.content(directory, place).directory()), PROPERTIES);
	}

	/**
	 * Each input, in each place it can enter, either is refused as a content problem that names
	 * the file it went into and a line, or yields a site whose every page passes
	 * {@link PageAllowlist}, with no duplicate ids; fewer than half may be refused.
	 */
	static void assertNothingExecutable(List<Case> cases, Path workspace) throws IOException {
		List<String> problems = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		int pages = 0;
		for (Case hostile : cases) {
			String name = hostile.toString();
			SiteSnapshot site;
			try {
				site = build(hostile.input(), hostile.place(), workspace);
			}
			catch (InvalidContentException ex) {
				refused.add(name);
				List<String> files = hostile.input().files(hostile.place());
				String unplaced = refusalWithoutPlace(ex.problems(), files);
				if (unplaced != null) {
					problems.add(name + ": refused without naming " + files + " and a line: " + unplaced);
				}
				continue;
			}
			for (Map.Entry<String, String> page : htmlPages(site).entrySet()) {
				pages++;
				PageAllowlist.violations(page.getValue())
					.forEach((violation) -> problems.add(name + " " + page.getKey() + ": " + violation));
				duplicateIds(page.getValue())
					.forEach((id) -> problems.add(name + " " + page.getKey() + ": duplicate id " + id));
			}
		}
		System.out.printf("Hostile Markdown: %d cases; %d rendered into %d pages checked; %d problems; "
				+ "%d refused as content problems: %s%n", cases.size(), cases.size() - refused.size(), pages,
				problems.size(), refused.size(), refused);
		assertThat(problems).isEmpty();
		assertThat(refused).as("inputs refused, not rendered").hasSizeLessThan(cases.size() / 2);
	}

	/**
	 * A refusal counts as checked only when it tells the author where: some problem names one of
	 * the files the input may be blamed on (see {@link HostileInput#files}) and a line in it. Returns the problems otherwise, else null.
	 */
	static String refusalWithoutPlace(List<ContentProblem> problems, List<String> files) {
		boolean placed = problems.stream().anyMatch((problem) -> files.contains(problem.file()) && problem.line() > 0);
		return placed ? null : problems.toString();
	}

	/** The real content, built the same way. */
	public static SiteSnapshot buildRealSite() {
		return BUILDER.build(SiteArticle.load(Path.of("content")), PROPERTIES);
	}

	static Map<String, String> htmlPages(SiteSnapshot site) {
		Map<String, String> pages = new LinkedHashMap<>();
		site.pages().forEach((path, page) -> {
			if (page.contentType().startsWith("text/html")) {
				pages.put(path, new String(page.body(), StandardCharsets.UTF_8));
			}
		});
		pages.put("(404)", new String(site.notFound().body(), StandardCharsets.UTF_8));
		pages.put("(error)", new String(site.error().body(), StandardCharsets.UTF_8));
		return pages;
	}

	private static List<String> duplicateIds(String html) {
		Set<String> seen = new HashSet<>();
		return Jsoup.parse(html).select("[id]").stream().map(Element::id).filter((id) -> !seen.add(id)).toList();
	}

}
