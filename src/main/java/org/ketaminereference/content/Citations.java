package org.ketaminereference.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one definition of the citation syntax authors write, Pandoc's: {@code [@key]},
 * {@code [@key1; @key2]}, with locators ({@code [@key, p. 33]}, {@code [@key, fig. 2]}),
 * prefixes and suffixes ({@code [see @a; @b, p. 4]}), and narrative citations
 * ({@code @key says}, optionally {@code @key [p. 33] says}). The loader checks citations with
 * {@link #mistakesIn}; the renderer replaces them, reading each with {@link #read}.
 */
public final class Citations {

	private static final String KEY = "[A-Za-z0-9][A-Za-z0-9_-]*";

	/** One item: an optional prefix ending in a space, the key, an optional locator and suffix after a comma. */
	private static final String ITEM = "(?:[^@;\\[\\]]*\\s)?@" + KEY + "(?:,[^@;\\[\\]]*)?\\s*";

	/** A bracketed citation; group 1 holds its items, separated by semicolons. */
	public static final Pattern CITATION = Pattern.compile("\\[(\\s*" + ITEM + "(?:;\\s*" + ITEM + ")*)\\]");

	/**
	 * A narrative citation: {@code @key} not inside a word or an address, optionally followed by a
	 * locator in brackets. Group 1 is the key, group 2 the locator or null.
	 */
	public static final Pattern NARRATIVE = Pattern
		.compile("(?<![\\w@.:/\\[\\\\-])@(" + KEY + ")(?:\\s?\\[([^@;\\[\\]]*)\\])?");

	/** What starts a bracketed citation; any occurrence not part of a valid citation is a mistake. */
	public static final String OPENING = "[@";

	private static final Pattern ITEM_PARTS = Pattern.compile("(?s)^\\s*(.*?)\\s*@(" + KEY + ")(.*)$");

	/** A locator: an optional label, then a number or range, then anything else as the suffix. */
	private static final Pattern LOCATOR = Pattern
		.compile("(?s)^(?:([^\\d\\s][^\\s]*)\\s*)?(\\d[\\dA-Za-z]*(?:\\s*[-\u2013]\\s*\\d[\\dA-Za-z]*)?)(.*)$");

	/** The locator labels authors may write (Pandoc's English terms), by the CSL locator they stand for. */
	private static final Map<String, List<String>> LABELS = Map.of("page", List.of("p", "pp", "page", "pages"),
			"figure", List.of("fig", "figs", "figure", "figures"), "chapter",
			List.of("chap", "chaps", "chapter", "chapters"), "section",
			List.of("sec", "secs", "section", "sections", "\u00a7", "\u00a7\u00a7"), "paragraph",
			List.of("para", "paras", "paragraph", "paragraphs", "\u00b6", "\u00b6\u00b6"), "volume",
			List.of("vol", "vols", "volume", "volumes"), "line", List.of("l", "ll", "line", "lines"));

	private static final String LABEL_LIST = "p., pp., fig., chap., sec., para., vol., l. (or the words: page, figure, "
			+ "chapter, section, paragraph, volume, line)";

	private Citations() {
	}

	/** A citation of {@code keys} as an author writes it, for text generated from data. */
	public static String of(List<String> keys) {
		return keys.stream().map((key) -> "@" + key).collect(Collectors.joining("; ", "[", "]"));
	}

	/**
	 * A citation: its items in the order written.
	 * @param narrative written as {@code @key} in the sentence: the authors are named in the text
	 */
	public record Citation(List<Item> items, boolean narrative) {

		public Citation {
			items = List.copyOf(items);
		}

		public List<String> keys() {
			return items.stream().map(Item::key).toList();
		}

	}

	/**
	 * One cited source.
	 * @param prefix text before the number, such as "see", or empty
	 * @param locator where in the source, or null
	 * @param suffix text after the number and locator, or empty
	 */
	public record Item(String key, String prefix, Locator locator, String suffix) {
	}

	/**
	 * A place in a source.
	 * @param label the CSL locator type: page, figure, chapter, section, paragraph, volume or line
	 * @param value the number or range, such as 33 or 33-35
	 */
	public record Locator(String label, String value) {
	}

	/** Reads one citation as written, such as {@code [see @a, p. 4]} or {@code @a}. */
	public static Citation read(String written) {
		List<Citation> found = new ArrayList<>();
		forEachCitation(written, (start, end, citation, problems) -> found.add(citation));
		if (found.size() != 1) {
			throw new IllegalArgumentException("not one citation: " + written);
		}
		return found.get(0);
	}

	/** Every key cited in {@code text}, bracketed or narrative, in order. */
	public static Set<String> keysIn(String text) {
		Set<String> keys = new LinkedHashSet<>();
		forEachCitation(text, (start, end, citation, problems) -> keys.addAll(citation.keys()));
		return keys;
	}

	/** {@code text} with every citation taken out, for counting the words a reader reads. */
	public static String withoutCitations(String text) {
		return NARRATIVE.matcher(CITATION.matcher(text).replaceAll("")).replaceAll("Author");
	}

	/**
	 * The mistakes in the citations of {@code text}: keys not in {@code knownKeys} (none reported
	 * when it is empty, as with no readable bibliography, whose own problem is reported once),
	 * locator labels that are not known, and any {@link #OPENING} that does not start a valid
	 * citation.
	 */
	static List<Mistake> mistakesIn(String text, Set<String> knownKeys) {
		List<Mistake> mistakes = new ArrayList<>();
		Set<Integer> validStarts = new HashSet<>();
		forEachCitation(text, (start, end, citation, problems) -> {
			validStarts.add(start);
			problems.forEach((problem) -> mistakes.add(new Mistake(start, problem)));
			for (String key : citation.keys()) {
				if (!knownKeys.isEmpty() && !knownKeys.contains(key)) {
					mistakes.add(new Mistake(start, "unknown reference '" + key + "'; add it to "
							+ ContentLoader.REFERENCES_FILE + " or fix the key"));
				}
			}
		});
		for (int at = text.indexOf(OPENING); at >= 0; at = text.indexOf(OPENING, at + 1)) {
			if (!validStarts.contains(at)) {
				mistakes.add(new Mistake(at, "malformed citation; write [@key], [@key1; @key2] or [@key, p. 33]"));
			}
		}
		mistakes.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
		return mistakes;
	}

	/** A mistake in a citation, at {@code offset} in the text checked. */
	record Mistake(int offset, String message) {
	}

	/**
	 * What {@link #forEachCitation} hands on: where a citation starts and ends in the text, the
	 * citation, and its syntax problems.
	 */
	@FunctionalInterface
	public interface CitationVisitor {

		void visit(int start, int end, Citation citation, List<String> problems);

	}

	/** Visits the bracketed citations of {@code text}, then the narrative ones outside them. */
	public static void forEachCitation(String text, CitationVisitor visitor) {
		Matcher bracketed = CITATION.matcher(text);
		StringBuilder outside = new StringBuilder(text);
		while (bracketed.find()) {
			List<String> problems = new ArrayList<>();
			visitor.visit(bracketed.start(), bracketed.end(), new Citation(readItems(bracketed.group(1), problems), false),
					problems);
			for (int i = bracketed.start(); i < bracketed.end(); i++) {
				outside.setCharAt(i, ' ');
			}
		}
		Matcher narrative = NARRATIVE.matcher(outside);
		while (narrative.find()) {
			List<String> problems = new ArrayList<>();
			String locator = narrative.group(2);
			Item item = (locator == null) ? new Item(narrative.group(1), "", null, "")
					: readItem("@" + narrative.group(1) + ", " + locator, problems);
			visitor.visit(narrative.start(), narrative.end(), new Citation(List.of(item), true), problems);
		}
	}

	private static List<Item> readItems(String items, List<String> problems) {
		List<Item> read = new ArrayList<>();
		for (String item : items.split(";")) {
			read.add(readItem(item, problems));
		}
		return read;
	}

	private static Item readItem(String text, List<String> problems) {
		Matcher parts = ITEM_PARTS.matcher(text);
		if (!parts.matches()) {
			throw new IllegalArgumentException("not a citation item: " + text);
		}
		String prefix = parts.group(1).strip();
		String key = parts.group(2);
		String rest = parts.group(3).strip();
		if (!rest.startsWith(",")) {
			return new Item(key, prefix, null, rest);
		}
		String after = rest.substring(1).strip();
		Matcher locator = LOCATOR.matcher(after);
		if (!locator.matches()) {
			return new Item(key, prefix, null, after);
		}
		String written = locator.group(1);
		String label = (written == null) ? "page" : labelOf(written);
		if (label == null) {
			problems.add("unknown locator label '" + written + "' in the citation of '" + key + "'; use " + LABEL_LIST);
			return new Item(key, prefix, null, after);
		}
		return new Item(key, prefix, new Locator(label, locator.group(2).replaceAll("\\s", "")),
				locator.group(3).strip());
	}

	/** The CSL locator a written label stands for, or null; "p." and "p" are the same. */
	private static String labelOf(String written) {
		String word = written.toLowerCase(Locale.ROOT);
		String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
		return LABELS.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().contains(bare))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

}
