package org.ketaminereference.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketaminereference.RequiredChecks;
import org.ketaminereference.render.Heading;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.render.RenderedSection;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links that never break: {@code content/anchors.lock} lists every section slug and heading
 * anchor the site has published, and each must still lead somewhere on the real content, through
 * the slug or heading itself or through an alias the content declares. Every anchor published now
 * must be in the lock, and no line may ever leave it (checked against the lock's git history). To
 * add new anchors to the lock:
 *
 * <pre>
 * ./mvnw test -Dtest=AnchorsLockTests -Danchors.update=true
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnchorsLockTests {

	static final Path LOCK = Path.of("content", "anchors.lock");

	private static final String KEEP_OLD_ADDRESS = "add the old slug to the section's 'aliases', keep the heading's "
			+ "id with '## Heading {#old-id}', or add 'anchorAliases: {old-id: new-id}' to the section that had it";

	/** The lock's path as git names it, the same on every system. */
	private static final String LOCK_IN_GIT = "content/anchors.lock";

	private static final String UPDATE_COMMAND = "./mvnw test -Dtest=AnchorsLockTests -Danchors.update=true";

	private static final String HEADER = """
			# Every section slug and heading anchor this site has published, one per line: 'slug' is the
			# page /slug, 'slug#id' the heading /slug#id (and /article#id). Links to them may be anywhere,
			# so none may stop working; AnchorsLockTests checks them on every build. When a slug or a
			# heading changes, keep the old one working: add the old slug to the section's 'aliases', keep
			# a heading's id with '## New heading {#old-id}', or map the old id to the new one in the
			# section's 'anchorAliases'. Never delete a line.
			# Add newly published anchors with: %s
			""".formatted(UPDATE_COMMAND);

	/** Each section, under its slug and under every old slug that redirects to it. */
	private final Map<String, RenderedSection> sectionsByName = new HashMap<>();

	private final Set<String> published = new TreeSet<>();

	/** The locked anchors, by their line in the lock file. */
	private final Map<Integer, String> locked = new LinkedHashMap<>();

	@BeforeAll
	void load() throws IOException {
		RenderedArticle article = SiteArticle.render(SiteArticle.contentLoader().load(Path.of("content")));
		for (RenderedSection section : article.sections()) {
			sectionsByName.put(section.slug(), section);
			section.metadata().aliases().forEach((alias) -> sectionsByName.put(alias, section));
			published.add(section.slug());
			section.body().headings().forEach((heading) -> published.add(section.slug() + "#" + heading.id()));
		}
		if (Boolean.getBoolean("anchors.update")) {
			Set<String> all = new TreeSet<>(readLock().values());
			all.addAll(published);
			Files.writeString(LOCK, HEADER + String.join("\n", all) + "\n");
		}
		locked.putAll(readLock());
	}

	@Test
	void everyLockedAnchorStillLeadsSomewhere() {
		List<String> broken = new ArrayList<>();
		locked.forEach((line, anchor) -> {
			if (!leadsSomewhere(anchor)) {
				broken.add(LOCK + ":" + line + ": '" + anchor + "' was published and no longer exists");
			}
		});
		assertThat(broken).as("locked anchors that lead nowhere. To keep each working, " + KEEP_OLD_ADDRESS).isEmpty();
	}

	@Test
	void everyPublishedAnchorIsLocked() {
		List<String> missing = published.stream().filter((anchor) -> !locked.containsValue(anchor)).toList();
		assertThat(missing).as("anchors missing from %s; add them with %s", LOCK, UPDATE_COMMAND).isEmpty();
	}

	/**
	 * Deleting a line is the easy way to turn {@link #everyLockedAnchorStillLeadsSomewhere} green
	 * after renaming a heading, and it breaks every link to the old address. Each version of the
	 * lock in git's history is compared with the file as it is now.
	 */
	@Test
	void noLineWasEverRemoved() {
		// Newest first, so each removed anchor is named where it was last seen.
		Map<String, String> removed = new LinkedHashMap<>();
		for (String commit : lockHistory()) {
			anchors(git("show", commit + ":" + LOCK_IN_GIT).lines().toList()).forEach((line, anchor) -> {
				if (!locked.containsValue(anchor)) {
					removed.putIfAbsent(anchor, "'" + anchor + "' (" + LOCK + ":" + line + " in " + commit.substring(0, 10) + ")");
				}
			});
		}
		assertThat(removed.values()).as("lines removed from %s, which only ever grows: a link to each may be anywhere. "
				+ "Put each line back, then keep the old address working: " + KEEP_OLD_ADDRESS, LOCK).isEmpty();
	}

	/** The commits that changed the lock, newest first; skipped on a laptop without the history. */
	private static List<String> lockHistory() {
		String shallow;
		try {
			shallow = git("rev-parse", "--is-shallow-repository").strip();
		}
		catch (IllegalStateException ex) {
			RequiredChecks.skipOrFail("cannot read the history of " + LOCK + ": " + ex.getMessage());
			return List.of();
		}
		if (shallow.equals("true")) {
			RequiredChecks.skipOrFail("this is a shallow clone, so the history of " + LOCK
					+ " is incomplete; fetch it with `git fetch --unshallow`");
		}
		List<String> commits = git("rev-list", "HEAD", "--", LOCK_IN_GIT).lines().toList();
		assertThat(commits).as("commits that changed %s", LOCK).isNotEmpty();
		return commits;
	}

	private static String git(String... arguments) {
		List<String> command = new ArrayList<>(List.of("git", "-C", ".", "-c", "core.quotePath=false"));
		command.addAll(List.of(arguments));
		try {
			Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (git.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
			}
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException("git cannot run: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theLockKnowsTheArticlesSections() {
		assertThat(locked.values()).contains("history", "mental-health", "mechanisms", "risks", "esketamine");
	}

	private boolean leadsSomewhere(String anchor) {
		int hash = anchor.indexOf('#');
		RenderedSection section = sectionsByName.get((hash < 0) ? anchor : anchor.substring(0, hash));
		if (section == null || hash < 0) {
			return section != null;
		}
		String id = anchor.substring(hash + 1);
		return section.body().headings().stream().map(Heading::id).anyMatch(id::equals)
				|| section.metadata().anchorAliases().containsKey(id);
	}

	private static Map<Integer, String> readLock() throws IOException {
		return Files.exists(LOCK) ? anchors(Files.readAllLines(LOCK)) : new LinkedHashMap<>();
	}

	/** The anchors of a lock file's lines, by line number; comments and blank lines are not anchors. */
	private static Map<Integer, String> anchors(List<String> lines) {
		Map<Integer, String> anchors = new LinkedHashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (!line.isEmpty() && !line.startsWith("#")) {
				anchors.put(i + 1, line);
			}
		}
		return anchors;
	}

}
