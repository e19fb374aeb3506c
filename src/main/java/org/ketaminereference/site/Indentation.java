package org.ketaminereference.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a rendered page the indentation and blank lines its templates are written with.
 * Outside {@code pre} and {@code textarea}, white space at the start of a line only separates
 * what the line before ended with, and a single newline does that as well; in a reader's
 * download it is a few hundred compressed bytes of nothing on every page.
 */
final class Indentation {

	/** Where white space is shown as it is written. */
	private static final Pattern PRESERVED = Pattern.compile("<(pre|textarea)\\b.*?</\\1\\s*>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	/** A line break with the indentation and blank lines after it. */
	private static final Pattern INDENTED = Pattern.compile("\n\\s+");

	private Indentation() {
	}

	static String remove(String html) {
		StringBuilder out = new StringBuilder(html.length());
		Matcher preserved = PRESERVED.matcher(html);
		int from = 0;
		while (preserved.find()) {
			out.append(INDENTED.matcher(html.substring(from, preserved.start())).replaceAll("\n"));
			out.append(preserved.group());
			from = preserved.end();
		}
		out.append(INDENTED.matcher(html.substring(from)).replaceAll("\n"));
		return out.toString();
	}

}
