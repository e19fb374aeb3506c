package org.ketaminereference.content;

import java.util.Arrays;
import java.util.List;
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

	/** The keys of a citation's group 1, in the order written. */
	public static List<String> keys(String group) {
		return Arrays.stream(group.split(";")).map(String::strip).map((key) -> key.substring(1)).toList();
	}

}
