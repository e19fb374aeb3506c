package org.ketaminereference.content;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.ketaminereference.content.TestContent.ABOUT;
import static org.ketaminereference.content.TestContent.ARTICLE;
import static org.ketaminereference.content.TestContent.FIRST;
import static org.ketaminereference.content.TestContent.REFERENCES;
import static org.ketaminereference.content.TestContent.SECOND;

/**
 * Broken content, one mistake per case, each with the exact problems it must produce
 * ({@code file:line: field: message}). Built on {@link TestContent#linked}; used by
 * {@code FaultyContentTests} against the loader and the site's renderer and by {@code CommandLineTests}
 * against {@code --check}, so that the two cannot disagree; meant for every other way in which
 * content is checked (a reload that must keep the last good site, say).
 */
public final class FaultyContentCatalogue {

	/** One mistake: how to make it in the valid fixture, and what the author must be told. */
	public record FaultyContent(String name, UnaryOperator<TestContent> mistake, List<String> problems) {

		/** Writes the linked fixture with this mistake into {@code directory}. */
		public TestContent content(Path directory) {
			return mistake.apply(TestContent.linked(directory));
		}

		@Override
		public String toString() {
			return name;
		}

	}

	private static final String FACTS = "facts.yaml";

	/** A valid facts box for the linked fixture, which the facts-box cases break. */
	private static final String FACTS_YAML = """
			facts:
			  - label: Drug class
			    values:
			      - text: An anaesthetic
			        cite: [jones2021]
			  - label: Brand names
			    values:
			      - text: Firstname
			        cite: [smith2020]
			""";

	private FaultyContentCatalogue() {
	}

	public static List<FaultyContent> all() {
		return List.of(
				// The front matter
				faulty("invalid YAML", (c) -> c.replace(FIRST, "title: First section", "title: [First section"),
						"sections/01-first.md:3: invalid YAML: expected ',' or ']', but got :"),
				faulty("a field given twice", (c) -> c.replace(FIRST, "order: 1", "order: 1\norder: 2"),
						"sections/01-first.md:5: invalid YAML: found duplicate key order"),
				faulty("front matter that is not closed", (c) -> c.replace(FIRST, "aliases: [earlier-first]\n---", "aliases: [earlier-first]"),
						"sections/01-first.md:1: front matter is not closed: add a line '---' after the fields"),
				faulty("no front matter", (c) -> c.write(FIRST, "## Background\n\nText.\n"),
						"sections/01-first.md:1: must start with front matter: a line '---', the fields, and another '---'"),
				faulty("front matter that is a list", (c) -> c.write(FIRST, "---\n- title\n- slug\n---\nText.\n"),
						"sections/01-first.md:2: front matter must be fields like 'title: ...'"),
				faulty("a missing required field", (c) -> c.replace(FIRST, "summary: The first section.\n", ""),
						"sections/01-first.md:2: summary: must not be blank"),
				faulty("a number that is not one", (c) -> c.replace(FIRST, "order: 1", "order: first"),
						"sections/01-first.md:4: order: 'first' is not a whole number"),
				faulty("a date that is not one", (c) -> c.replace(FIRST, "lastReviewed: 2026-01-15", "lastReviewed: last week"),
						"sections/01-first.md:6: lastReviewed: 'last week' is not a date like 2026-01-31"),
				faulty("a yes/no that is not one", (c) -> c.replace(FIRST, "crisisNotice: false", "crisisNotice: sometimes"),
						"sections/01-first.md:7: crisisNotice: 'sometimes' is not true or false"),
				faulty("a list that is not one", (c) -> c.replace(FIRST, "aliases: [earlier-first]", "aliases: {old: first}"),
						"sections/01-first.md:8: aliases: must be a list"),
				faulty("a misspelt field", (c) -> c.replace(FIRST, "lastReviewed:", "lastreviewed:"),
						"sections/01-first.md:6: lastreviewed: unknown field; did you mean 'lastReviewed'?"),
				faulty("an unknown field", (c) -> c.replace(FIRST, "order: 1", "order: 1\nauthor: Someone"),
						"sections/01-first.md:5: author: unknown field (known fields: aliases, anchorAliases, changes, crisisNotice, lastReviewed, order, slug, summary, title)"),
				faulty("a review date in the future", (c) -> c.replace(FIRST, "lastReviewed: 2026-01-15", "lastReviewed: 2999-01-01"),
						"sections/01-first.md:6: lastReviewed: must be a date in the past or in the present"),
				faulty("a slug that is not one", (c) -> c.replace(FIRST, "slug: first", "slug: First Section"),
						"sections/01-first.md:3: slug: " + Slugs.MESSAGE),
				faulty("a duplicate slug", (c) -> c.replace(SECOND, "slug: second", "slug: first"),
						"sections/02-second.md:3: slug: 'first' is already used by sections/01-first.md"),
				faulty("a slug the site uses itself", (c) -> c.replace(SECOND, "slug: second", "slug: references"),
						"sections/02-second.md:3: slug: 'references' is reserved for a page of the site"),
				faulty("a YAML alias bomb", (c) -> c.replace(FIRST, "aliases: [earlier-first]", aliasBomb()),
						"sections/01-first.md:2: invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=50"),
				faulty("a YAML tag naming a Java class", (c) -> c.replace(FIRST, "title: First section", "title: !!URL [\"http://example.org\"]"),
						"sections/01-first.md:2: invalid YAML: Global tag is not allowed: tag:yaml.org,2002:URL"),
				// The body
				faulty("a level-1 heading", (c) -> c.replace(FIRST, "Back to [the background](#background).", "Back to [the background](#background).\n\n# Again"),
						"sections/01-first.md:19: heading: use ## and ### only; the title comes from the front matter"),
				faulty("a duplicate explicit heading id", (c) -> c.write(SECOND, c.read(SECOND) + "\n## More {#details}\n\nText.[@jones2021]\n"),
						"sections/02-second.md:14: heading: id 'details' is already used elsewhere in the article"),
				faulty("a heading id that the about page's legend of evidence labels uses", (c) -> c.replace(ABOUT, "## How sources are chosen", "## How sources are chosen {#evidence-rct}"),
						"about.md:6: heading: id 'evidence-rct' is already used elsewhere in the article"),
				faulty("a heading id that the layout uses", (c) -> c.write(SECOND, c.read(SECOND) + "\n## More {#footer}\n\nText.[@jones2021]\n"),
						"sections/02-second.md:14: heading: id 'footer' is already used elsewhere in the article"),
				faulty("an explicit heading id that looks like a reference's", (c) -> c.write(SECOND, c.read(SECOND) + "\n## More {#ref-smith2020}\n\nText.[@jones2021]\n"),
						"sections/02-second.md:14: heading: id 'ref-smith2020' starts like the ids of citations, references, figures and glossary terms (cite-, fig-, ref-, term-); choose another"),
				faulty("an unknown citation key", (c) -> c.replace(FIRST, "[@jones2021] Back", "[@nobody1999] Back"),
						"sections/01-first.md:17: citation: unknown reference 'nobody1999'; add it to references.yaml or fix the key"),
				faulty("a malformed citation", (c) -> c.replace(FIRST, "[@smith2020] See", "[@smith 2020] See"),
						"sections/01-first.md:12: citation: malformed citation; write [@key], [@key1; @key2] or [@key, p. 33]"),
				faulty("an unknown locator label", (c) -> c.replace(FIRST, "[@smith2020] See", "[@smith2020, pg. 33] See"),
						"sections/01-first.md:12: citation: unknown locator label 'pg.' in the citation of 'smith2020'; use p., pp., fig., chap., sec., para., vol., l. (or the words: page, figure, chapter, section, paragraph, volume, line)"),
				faulty("a narrative citation of an unknown key", (c) -> c.replace(FIRST, "[@smith2020] See", "[@smith2020] As @nobody1999 says. See"),
						"sections/01-first.md:12: citation: unknown reference 'nobody1999'; add it to references.yaml or fix the key"),
				faulty("a link to a section that does not exist", (c) -> c.replace(FIRST, "(/second#findings)", "(/no-such-section)"),
						"sections/01-first.md:12: link: no page at '/no-such-section'; link to /, /about, /article, /changes, /glossary, /references or a section's slug"),
				faulty("a link to a heading that does not exist", (c) -> c.replace(FIRST, "(/second#findings)", "(/second#no-such-heading)"),
						"sections/01-first.md:12: link: '/second' has no heading with id 'no-such-heading'"),
				faulty("a link to an id of the layout that the linked page does not carry (the facts box is on the landing page)",
						(c) -> c.replace(FIRST, "(/second#findings)", "(/about#at-a-glance)"),
						"sections/01-first.md:12: link: '/about' has no heading with id 'at-a-glance'"),
				faulty("a link to a heading of this page that does not exist", (c) -> c.replace(FIRST, "(#background)", "(#nowhere)"),
						"sections/01-first.md:17: link: no heading with id 'nowhere' on this page"),
				faulty("a link to a reference entry that does not exist", (c) -> c.replace(FIRST, "(/references#ref-jones2021)", "(/references#ref-nobody)"),
						"sections/01-first.md:13: link: '/references' has no heading with id 'ref-nobody'"),
				faulty("a link to a heading missing from the whole article", (c) -> c.replace(SECOND, "(/article#background)", "(/article#nowhere)"),
						"sections/02-second.md:12: link: '/article' has no heading with id 'nowhere'"),
				faulty("a link to an old slug", (c) -> c.replace(SECOND, "(/first#details)", "(/earlier-first#details)"),
						"sections/02-second.md:11: link: '/earlier-first#details' is an old address; link to '/first#details'"),
				faulty("a misspelt link in the lead", (c) -> c.replace(ARTICLE, "(/first#background)", "(/frist#background)"),
						"article.md:8: link: no page at '/frist'; link to /, /about, /article, /changes, /glossary, /references or a section's slug"),
				faulty("a link on the about page to a page that does not exist", (c) -> c.replace(ABOUT, "(/references)", "(/sources)"),
						"about.md:8: link: no page at '/sources'; link to /, /about, /article, /changes, /glossary, /references or a section's slug"),
				faulty("a link to a glossary term that is not in the glossary", (c) -> c.replace(ABOUT, "(/references)", "(/glossary#term-nothing)"),
						"about.md:8: link: '/glossary' has no heading with id 'term-nothing'"),
				// The bibliography
				faulty("a malformed DOI", (c) -> c.replace(REFERENCES, "DOI: 10.1000/test.1", "DOI: https://doi.org/10.1000/test.1"),
						"references.yaml:13: references[0].DOI: must be a DOI like 10.1000/xyz, without https://doi.org/"),
				faulty("a malformed PMID", (c) -> c.replace(REFERENCES, "PMID: \"12345678\"", "PMID: PMID12345678"),
						"references.yaml:14: references[0].PMID: must be digits only"),
				faulty("a reference without its kind of evidence", (c) -> c.replace(REFERENCES, "    evidence: review\n", ""),
						"references.yaml:16: references[1].evidence: must not be null"),
				faulty("an unknown kind of evidence", (c) -> c.replace(REFERENCES, "evidence: review", "evidence: anecdote"),
						"references.yaml:25: references[1].evidence: 'anecdote' is not one of: rct, meta-analysis, systematic-review, open-label, observational, case-series, preclinical, consensus, review, label, regulatory, news, historical"),
				faulty("a duplicate reference id", (c) -> c.replace(REFERENCES, "id: jones2021", "id: smith2020"),
						"references.yaml:16: id: 'smith2020' is already used on line 2",
						"sections/01-first.md:17: citation: unknown reference 'jones2021'; add it to references.yaml or fix the key",
						"sections/02-second.md:11: citation: unknown reference 'jones2021'; add it to references.yaml or fix the key"),
				faulty("a bibliography that is not a list", (c) -> c.write(REFERENCES, "references: none\n"),
						"references.yaml:1: references: must be a list of CSL entries under 'references:'"),
				// The spellings and names search treats as one
				faulty("a spelling group of one form", (c) -> c.write("search-names.yaml", "spellings:\n  - [anaesthesia, anesthesia]\n  - [colour]\n"),
						"search-names.yaml:3: spellings[1]: must be a list of two or more forms, like [anaesthesia, anesthesia]"),
				faulty("a form in two groups", (c) -> c.write("search-names.yaml", "spellings:\n  - [anaesthesia, anesthesia]\nnames:\n  - [esketamine, Anesthesia]\n"),
						"search-names.yaml:4: names[0][1]: 'Anesthesia' is already in spellings[0]; a form belongs to one group only"),
				faulty("a form that is not words", (c) -> c.write("search-names.yaml", "names:\n  - [ketamine, \"K!\"]\n"),
						"search-names.yaml:2: names[0][1]: 'K!' must be words of letters and digits separated by single spaces, hyphens or apostrophes"),
				faulty("an unknown field in the names file", (c) -> c.write("search-names.yaml", "spelling:\n  - [colour, color]\n"),
						"search-names.yaml:1: spelling: unknown field; the file has 'spellings:' and 'names:'"),
				// The facts box
				faulty("an unknown reference in the facts box", (c) -> c.write(FACTS, FACTS_YAML.replace("[jones2021]", "[nobody1999]")),
						"facts.yaml:5: facts[0].values[0].cite[0]: unknown reference 'nobody1999'; add it to references.yaml or fix the key"),
				faulty("a fact without its citation", (c) -> c.write(FACTS, FACTS_YAML.replace("        cite: [jones2021]\n", "")),
						"facts.yaml:4: facts[0].values[0].cite: must not be empty"),
				faulty("an unknown field in the facts box", (c) -> c.write(FACTS, FACTS_YAML.replace("cite: [smith2020]", "source: [smith2020]")),
						"facts.yaml:9: facts[1].values[0].source: unknown field (known fields: cite, text)",
						"facts.yaml:8: facts[1].values[0].cite: must not be empty"),
				faulty("a citation written into a fact's text", (c) -> c.write(FACTS, FACTS_YAML.replace("Firstname", "Firstname[@smith2020]")),
						"facts.yaml:8: facts[1].values[0].text: plain text only; list the sources under 'cite:', like cite: [key1, key2]"),
				// The files themselves
				faulty("a file that is not UTF-8", (c) -> c.writeBytes(FIRST, latin1(c.read(FIRST).replace("Another sentence", "Caf\u00e9 sentence"))),
						"sections/01-first.md:17: is not valid UTF-8; save the file as UTF-8"),
				faulty("an empty file", (c) -> c.write(ABOUT, ""), "about.md:1: file is empty"),
				faulty("a file of blank lines", (c) -> c.write(ABOUT, "\n\n  \n"), "about.md:1: file is empty"),
				faulty("a file over the size limit", (c) -> c.write(FIRST, c.read(FIRST) + "x".repeat((int) ContentFiles.MAX_FILE_BYTES)),
						"sections/01-first.md: file is " + (ContentFiles.MAX_FILE_BYTES + TestContent.LINKED.get(FIRST).length())
								+ " bytes; the limit is " + ContentFiles.MAX_FILE_BYTES),
				faulty("a missing file", (c) -> c.delete(ABOUT), "about.md: file not found"));
	}

	private static FaultyContent faulty(String name, UnaryOperator<TestContent> mistake, String... problems) {
		return new FaultyContent(name, mistake, Arrays.asList(problems));
	}

	private static byte[] latin1(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

	/** "Billion laughs": each list holds the one before it ten times over. */
	private static String aliasBomb() {
		StringBuilder yaml = new StringBuilder("aliases: &a0 [x, x, x, x, x, x, x, x, x, x]\nchanges:\n");
		for (int i = 1; i <= 9; i++) {
			yaml.append("  - &a").append(i).append(" [");
			yaml.append(String.join(", ", Collections.nCopies(10, "*a" + (i - 1))));
			yaml.append("]\n");
		}
		return yaml.toString();
	}

}
