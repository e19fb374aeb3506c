package org.ketaminereference.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one definition of the citation syntax authors write: Pandoc's {@code [@key]} and
 * {@code [@key1; @key2]}. The loader checks keys against it; the renderer replaces it.
 */
public final class Citations {

	private static final String KEY = "[A-Za-z0-9][A-Za-z0-9_-]*";

	/** A whole citation; group 1 holds the keys with their {@code @} signs. */
	public static final Pattern CITATION = Pattern.compile("\\[(@" + KEY + "(?:\\s*;\\s*@" + KEY + ")*)\\]");

	/** What starts a citation; any occurrence not part of a valid citation is a mistake. */
	public static final String OPENING = "[@";

	private Citations() {
	}

	/** A citation of {@code keys} as an author writes it, for text generated from data. */
	public static String of(List<String> keys) {
		return keys.stream().map((key) -> "@" + key).collect(Collectors.joining("; ", "[", "]"));
	}

	/**
	 * The mistakes in the citations of {@code text}: keys not in {@code knownKeys} (none reported
	 * when it is empty, as with no readable bibliography, whose own problem is reported once) and
	 * any {@link #OPENING} that does not start a valid citation.
	 */
	static List<Mistake> mistakesIn(String text, Set<String> knownKeys) {
		List<Mistake> mistakes = new ArrayList<>();
		Matcher citation = CITATION.matcher(text);
		Set<Integer> validStarts = new HashSet<>();
		while (citation.find()) {
			validStarts.add(citation.start());
			for (String key : keys(citation.group(1))) {
				if (!knownKeys.isEmpty() && !knownKeys.contains(key)) {
					mistakes.add(new Mistake(citation.start(), "unknown reference '" + key + "'; add it to "
							+ ContentLoader.REFERENCES_FILE + " or fix the key"));
				}
			}
		}
		for (int at = text.indexOf(OPENING); at >= 0; at = text.indexOf(OPENING, at + 1)) {
			if (!validStarts.contains(at)) {
				mistakes.add(new Mistake(at, "malformed citation; write [@key] or [@key1; @key2]"));
			}
		}
		return mistakes;
	}

	/** A mistake in a citation, at {@code offset} in the text checked. */
	record Mistake(int offset, String message) {
	}

	/** The keys of a citation's group 1, in the order written. */
	public static List<String> keys(String group) {
		return Arrays.stream(group.split(";")).map(String::strip).map((key) -> key.substring(1)).toList();
	}

}
