package org.ketaminereference.article;

import java.io.IOException;
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
import org.ketaminereference.content.ContentLoader;
import org.ketaminereference.render.Heading;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.render.RenderedSection;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links that never break: {@code content/anchors.lock} lists every section slug and heading
 * anchor the site has published, and each must still lead somewhere on the real content, through
 * the slug or heading itself or through an alias the content declares. Every anchor published now
 * must be in the lock. To add new anchors to the lock (it never loses a line):
 *
 * <pre>
 * ./mvnw test -Dtest=AnchorsLockTests -Danchors.update=true
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnchorsLockTests {

	static final Path LOCK = Path.of("content", "anchors.lock");

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
		RenderedArticle article = SiteArticle.render(new ContentLoader().load(Path.of("content")));
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
		assertThat(broken).as("""
				locked anchors that lead nowhere. Keep the old slug in the section's 'aliases', keep the \
				heading's id with '## Heading {#old-id}', or add 'anchorAliases: {old-id: new-id}' to the \
				section that had it""").isEmpty();
	}

	@Test
	void everyPublishedAnchorIsLocked() {
		List<String> missing = published.stream().filter((anchor) -> !locked.containsValue(anchor)).toList();
		assertThat(missing).as("anchors missing from %s; add them with %s", LOCK, UPDATE_COMMAND).isEmpty();
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
		Map<Integer, String> anchors = new LinkedHashMap<>();
		if (!Files.exists(LOCK)) {
			return anchors;
		}
		List<String> lines = Files.readAllLines(LOCK);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (!line.isEmpty() && !line.startsWith("#")) {
				anchors.put(i + 1, line);
			}
		}
		return anchors;
	}

}
