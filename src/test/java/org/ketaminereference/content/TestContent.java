package org.ketaminereference.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assertj.core.api.Assertions;

/**
 * A minimal valid content directory, written into a test's temporary folder, that a test then
 * breaks one file at a time. Every file's line numbers are fixed, so tests can assert on them:
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
		content.write("references.yaml", references());
		content.write("glossary.yaml", glossary());
		return content;
	}

	public Path directory() {
		return directory;
	}

	/** Loads the directory with a fresh {@link ContentLoader}. */
	public Content load() {
		return new ContentLoader().load(directory);
	}

	/** Loads the directory, which must be invalid, and returns every problem reported. */
	public List<ContentProblem> problems() {
		InvalidContentException failure = Assertions.catchThrowableOfType(InvalidContentException.class, this::load);
		Assertions.assertThat(failure).as("loading %s should fail", directory).isNotNull();
		return failure.problems();
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
