package org.ketaminereference.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, valid content directory built in memory, for tests that need content other than the
 * real article: change one file, write it to a temporary folder and load it. Two sections that
 * link to each other, the lead, the about page and two references.
 */
public final class ContentFixture {

	public static final String ARTICLE = "article.md";

	public static final String ABOUT = "about.md";

	public static final String FIRST = "sections/01-first.md";

	public static final String SECOND = "sections/02-second.md";

	public static final String REFERENCES = "references.yaml";

	private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^([A-Za-z][\\w-]*):");

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private ContentFixture() {
	}

	public static ContentFixture valid() {
		return new ContentFixture().with("glossary.yaml", TestContent.glossary()).with(ARTICLE, """
				---
				title: Test article
				summary: A small article for tests.
				lastReviewed: 2026-01-15
				disclaimer: This is not medical advice.
				crisisText: If you are in crisis, call 988.
				---
				The lead cites a source.[@smith2020] Start with [the first section](/first#background).
				""").with(ABOUT, """
				---
				title: About
				summary: What this test site is.
				lastReviewed: 2026-01-15
				---
				## How sources are chosen

				Only checked sources. See [the references](/references).
				""").with(FIRST, """
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
				""").with(SECOND, """
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
				""").with(REFERENCES, """
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

	/** Replaces (or adds) a file with this text. */
	public ContentFixture with(String file, String text) {
		return withBytes(file, text.getBytes(StandardCharsets.UTF_8));
	}

	public ContentFixture withBytes(String file, byte[] bytes) {
		files.put(file, bytes);
		return this;
	}

	public ContentFixture without(String file) {
		files.remove(file);
		return this;
	}

	/** Replaces text in a file; the text must be there, so a fixture change cannot silently void a test. */
	public ContentFixture replace(String file, String from, String to) {
		String text = text(file);
		if (!text.contains(from)) {
			throw new IllegalArgumentException("'" + from + "' is not in " + file);
		}
		return with(file, text.replace(from, to));
	}

	/**
	 * Changes front matter fields: each top-level key in {@code fields} (YAML lines) replaces the
	 * fixture's field of that name, or is added.
	 */
	public ContentFixture withFrontMatter(String file, String fields) {
		String text = text(file);
		int end = text.indexOf("\n---\n", 4);
		List<String> frontMatter = List.of(text.substring(4, end).split("\n"));
		return with(file, "---\n" + String.join("\n", replaceFields(frontMatter, fields)) + text.substring(end));
	}

	/**
	 * Adds a bibliography entry with the given id (a journal article by Jane Doe, evidence
	 * {@code review}) whose fields are changed by {@code fields} as in {@link #withFrontMatter}.
	 */
	public ContentFixture withReference(String id, String fields) {
		List<String> entry = List.of("id: " + id, "type: article-journal", "author:", "  - family: Doe", "    given: Jane",
				"title: An entry for tests", "evidence: review");
		List<String> lines = replaceFields(entry, fields);
		StringBuilder yaml = new StringBuilder(text(REFERENCES));
		for (int i = 0; i < lines.size(); i++) {
			yaml.append((i == 0) ? "  - " : "    ").append(lines.get(i)).append('\n');
		}
		return with(REFERENCES, yaml.toString());
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

	public String text(String file) {
		return new String(files.get(file), StandardCharsets.UTF_8);
	}

	/** Writes the files below {@code directory} and returns it. */
	public Path writeTo(Path directory) {
		try {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				Path path = directory.resolve(file.getKey());
				Files.createDirectories(path.getParent());
				Files.write(path, file.getValue());
			}
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
