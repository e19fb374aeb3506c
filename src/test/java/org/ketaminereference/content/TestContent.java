package org.ketaminereference.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.Assertions;
import org.ketaminereference.site.SiteArticle;

/**
 * The one content fixture of the tests: a content directory, written into a test's temporary
 * folder, that a test then changes one file at a time and loads. Three starting points:
 * <ul>
 * <li>{@link #in}: a minimal article (sections alpha and beta) whose line numbers are fixed, so
 * tests can assert on them;</li>
 * <li>{@link #linked}: a small article whose sections, lead and about page link to each other and
 * to the references (sections first and second), the base of the faulty-content catalogue and the
 * hostile corpus;</li>
 * <li>{@link #copyOfArticle}: a copy of the real {@code content/}.</li>
 * </ul>
 * Line numbers of the minimal article:
 *
 * <pre>
 * sections/NN-slug.md   line 2 title, 3 slug, 4 order, 5 summary, 6 lastReviewed, 7 crisisNotice,
 *                       8 aliases, 9-11 changes, 12 closing fence, body from line 13
 * references.yaml       smith2020 (id on line 2), jones2021 (line 14), brown2022 (line 26);
 *                       within an entry: +1 type, +2 author, +3 title, +4 container-title,
 *                       +5 issued, +6 volume, +7 page, +8 DOI, +9 PMID, +10 URL, +11 evidence
 * glossary.yaml         placebo (term on line 2), PTSD (term on line 5); within an entry:
 *                       +1 abbreviation or aliases, +2 definition
 * </pre>
 */
public final class TestContent {

	public static final String ARTICLE = "article.md";

	public static final String ABOUT = "about.md";

	public static final String REFERENCES = "references.yaml";

	public static final String GLOSSARY = "glossary.yaml";

	/** The first section of {@link #linked}. */
	public static final String FIRST = "sections/01-first.md";

	/** The second section of {@link #linked}. */
	public static final String SECOND = "sections/02-second.md";

	/** The first section of {@link #in}. */
	public static final String ALPHA = "sections/01-alpha.md";

	/** The second section of {@link #in}. */
	public static final String BETA = "sections/02-beta.md";

	/** The files of {@link #linked}, by path. */
	public static final Map<String, String> LINKED = linkedFiles();

	private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z][\\w-]*):");

	/** The line on which a section body set with {@link #section} starts. */
	public static final int SECTION_BODY_FIRST_LINE = 13;

	/** The line of each reference's {@code id}. */
	public static final int SMITH_LINE = 2;

	public static final int JONES_LINE = 14;

	public static final int BROWN_LINE = 26;

	/** The line of each glossary entry's {@code term}. */
	public static final int PLACEBO_LINE = 2;

	public static final int PTSD_LINE = 5;

	private final Path directory;

	private TestContent(Path directory) {
		this.directory = directory;
	}

	/** Writes the minimal valid content into {@code directory}: two sections, alpha and beta. */
	public static TestContent in(Path directory) {
		TestContent content = new TestContent(directory);
		content.write("article.md", article("Lead text citing a source.[@smith2020]\n"));
		content.write("about.md", about("## About us\n\nWho we are.\n"));
		content.section("01-alpha.md", "alpha", 1, "Alpha text.[@jones2021]\n");
		content.section("02-beta.md", "beta", 2, "Beta text.[@smith2020; @brown2022]\n");
		content.write(REFERENCES, references());
		content.write(GLOSSARY, glossary());
		return content;
	}

	/** Writes the linked article into {@code directory}: two sections, first and second. */
	public static TestContent linked(Path directory) {
		TestContent content = new TestContent(directory);
		LINKED.forEach(content::write);
		return content;
	}

	/** Copies the real {@code content/} into {@code directory}. */
	public static TestContent copyOfArticle(Path directory) {
		Path source = Path.of("content");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path copy = directory.resolve(source.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new TestContent(directory);
	}

	private static Map<String, String> linkedFiles() {
		return orderedMap(GLOSSARY, glossary(),
			ARTICLE, """
				---
				title: Test article
				summary: A small article for tests.
				lastReviewed: 2026-01-15
				disclaimer: This is not medical advice.
				crisisText: If you are in crisis, call 988.
				---
				The lead cites a source.[@smith2020] Start with [the first section](/first#background).
				""",
			ABOUT, """
				---
				title: About
				summary: What this test site is.
				lastReviewed: 2026-01-15
				---
				## How sources are chosen

				Only checked sources. See [the references](/references).
				""",
			FIRST, """
				---
				title: First section
				slug: first
				order: 1
				summary: The first section.
				lastReviewed: 2026-01-15
				crisisNotice: false
				aliases: [earlier-first]
				---
				## Background

				A sentence with a citation.[@smith2020] See [the findings](/second#findings)
				and [the entry](/references#ref-jones2021).

				## Details {#details}

				Another sentence.[@jones2021] Back to [the background](#background).
				""",
			SECOND, """
				---
				title: Second section
				slug: second
				order: 2
				summary: The second section.
				lastReviewed: 2026-01-15
				crisisNotice: true
				---
				## Findings

				A finding.[@jones2021] Compare [the details](/first#details), the
				[whole article](/article#background), [the about page](/about) and [the start](/).
				""",
			REFERENCES, """
				references:
				  - id: smith2020
				    type: article-journal
				    author:
				      - family: Smith
				        given: Anna
				    title: A trial of something
				    container-title: Journal of Tests
				    issued:
				      date-parts: [[2020, 3]]
				    volume: "12"
				    page: 1-10
				    DOI: 10.1000/test.1
				    PMID: "12345678"
				    evidence: rct
				  - id: jones2021
				    type: article-journal
				    author:
				      - family: Jones
				        given: Ben
				    title: A review of something
				    container-title: Reviews in Tests
				    issued:
				      date-parts: [[2021]]
				    evidence: review
				""");
	}

	private static Map<String, String> orderedMap(String... pathsAndTexts) {
		Map<String, String> files = new LinkedHashMap<>();
		for (int i = 0; i < pathsAndTexts.length; i += 2) {
			files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
		}
		return Collections.unmodifiableMap(files);
	}

	public Path directory() {
		return directory;
	}

	/** Loads the directory with a fresh {@link ContentLoader}. */
	public Content load() {
		return SiteArticle.contentLoader().load(directory);
	}

	/** Loads the directory, which must be invalid, and returns every problem reported. */
	public List<ContentProblem> problems() {
		InvalidContentException failure = Assertions.catchThrowableOfType(InvalidContentException.class, this::load);
		Assertions.assertThat(failure).as("loading %s should fail", directory).isNotNull();
		return failure.problems();
	}

	/** Loads the directory, which must have exactly one problem, and returns it. */
	public ContentProblem onlyProblem() {
		List<ContentProblem> problems = problems();
		Assertions.assertThat(problems).hasSize(1);
		return problems.get(0);
	}

	/** Writes (or overwrites) a file, given relative to the content directory. */
	public TestContent write(String file, String text) {
		return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
	}

	public TestContent writeBytes(String file, byte[] bytes) {
		try {
			Path path = directory.resolve(file);
			Files.createDirectories(path.getParent());
			Files.write(path, bytes);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public TestContent delete(String file) {
		try {
			Files.delete(directory.resolve(file));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes {@code sections/<file>} with valid front matter and the given body. */
	public TestContent section(String file, String slug, int order, String body) {
		return write("sections/" + file, section(slug, order, body));
	}

	/** Replaces the one occurrence of {@code from} in a file; fails if it is not there exactly once. */
	public TestContent replace(String file, String from, String to) {
		String text = read(file);
		int at = text.indexOf(from);
		if (at < 0 || text.indexOf(from, at + 1) >= 0) {
			throw new IllegalArgumentException("'" + from + "' is not in " + file + " exactly once");
		}
		return write(file, text.substring(0, at) + to + text.substring(at + from.length()));
	}

	/**
	 * Changes front matter fields: each top-level key in {@code fields} (YAML lines) replaces the
	 * file's field of that name, or is added.
	 */
	public TestContent withFrontMatter(String file, String fields) {
		String text = read(file);
		int end = text.indexOf("\n---\n", 4);
		List<String> frontMatter = List.of(text.substring(4, end).split("\n"));
		return write(file, "---\n" + String.join("\n", replaceFields(frontMatter, fields)) + text.substring(end));
	}

	/**
	 * Adds a bibliography entry with the given id (a journal article by Jane Doe, evidence
	 * {@code review}) whose fields are changed by {@code fields} as in {@link #withFrontMatter}.
	 */
	public TestContent withReference(String id, String fields) {
		List<String> entry = List.of("id: " + id, "type: article-journal", "author:", "  - family: Doe", "    given: Jane",
				"title: An entry for tests", "evidence: review");
		List<String> lines = replaceFields(entry, fields);
		StringBuilder yaml = new StringBuilder(read(REFERENCES));
		for (int i = 0; i < lines.size(); i++) {
			yaml.append((i == 0) ? "  - " : "    ").append(lines.get(i)).append('\n');
		}
		return write(REFERENCES, yaml.toString());
	}

	/** YAML lines with the top-level fields named in {@code fields} replaced by those lines. */
	private static List<String> replaceFields(List<String> lines, String fields) {
		List<String> replacement = List.of(fields.strip().split("\n"));
		Set<String> keys = new HashSet<>();
		for (String line : replacement) {
			Matcher key = TOP_LEVEL_KEY.matcher(line);
			if (key.find()) {
				keys.add(key.group(1));
			}
		}
		List<String> result = new ArrayList<>();
		boolean dropping = false;
		for (String line : lines) {
			Matcher key = TOP_LEVEL_KEY.matcher(line);
			if (key.find()) {
				dropping = keys.contains(key.group(1));
			}
			if (!dropping) {
				result.add(line);
			}
		}
		result.addAll(replacement);
		return result;
	}

	public String read(String file) {
		try {
			return Files.readString(directory.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String article(String body) {
		return """
				---
				title: Test article
				summary: A test article.
				lastReviewed: 2026-01-01
				disclaimer: Not medical advice.
				crisisText: Call for help.
				---
				""" + body;
	}

	public static String about(String body) {
		return """
				---
				title: About
				summary: About the test article.
				lastReviewed: 2026-01-01
				---
				""" + body;
	}

	public static String section(String slug, int order, String body) {
		return """
				---
				title: Section %1$s
				slug: %1$s
				order: %2$d
				summary: The %1$s section.
				lastReviewed: 2026-01-01
				crisisNotice: false
				aliases: []
				changes:
				  - date: 2026-01-01
				    summary: First published.
				---
				""".formatted(slug, order) + body;
	}

	public static String references() {
		return reference("smith2020", "Smith", "2020") + reference("jones2021", "Jones", "2021")
				+ reference("brown2022", "Brown", "2022");
	}

	/** Two terms: one with aliases, one with an abbreviation. */
	public static String glossary() {
		return """
				terms:
				  - term: Placebo
				    aliases: [placebos]
				    definition: A dummy treatment.
				  - term: Post-traumatic stress disorder
				    abbreviation: PTSD
				    definition: A condition that can follow a frightening event.
				""";
	}

	/** One entry, twelve lines, with the first line starting the entry. */
	public static String reference(String id, String author, String year) {
		String start = id.equals("smith2020") ? "references:\n" : "";
		return start + """
				- id: %1$s
				  type: article-journal
				  author: [{family: %2$s, given: A. B.}]
				  title: A study by %2$s
				  container-title: Journal of Tests
				  issued: {date-parts: [[%3$s]]}
				  volume: 1
				  page: 1-10
				  DOI: 10.1000/%1$s
				  PMID: "12345"
				  URL: https://example.org/%1$s
				  evidence: rct
				""".formatted(id, author, year);
	}

}
