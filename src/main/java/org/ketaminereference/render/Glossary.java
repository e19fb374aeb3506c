package org.ketaminereference.render;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ketaminereference.content.GlossaryTerm;

/**
 * The glossary's terms compiled once into one pattern, shared by every page's
 * {@link TermMarking}. A form matches as a whole word, with hyphens counted as part of a word so
 * that "placebo" is not found inside "placebo-controlled"; its first letter may be in either case
 * (a term can start a sentence), the rest must match as written, so "REMS" is not found in
 * "rems". Where forms overlap, the longest wins: "active placebo" before "placebo".
 */
public final class Glossary {

	private static final String WORD_CHARACTER = "[\\p{L}\\p{N}-]";

	private final List<GlossaryTerm> terms;

	private final Map<String, GlossaryTerm> termsByForm = new HashMap<>();

	private final Pattern pattern;

	public Glossary(List<GlossaryTerm> terms) {
		this.terms = List.copyOf(terms);
		terms.forEach((term) -> term.forms().forEach((form) -> termsByForm.put(key(form), term)));
		String forms = termsByForm.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
			.map(Glossary::formPattern)
			.collect(Collectors.joining("|"));
		this.pattern = forms.isEmpty() ? Pattern.compile("(?!)")
				: Pattern.compile("(?<!" + WORD_CHARACTER + ")(?:" + forms + ")(?!" + WORD_CHARACTER + ")");
	}

	/** Every term, alphabetically, as the glossary page lists them. */
	public List<GlossaryTerm> alphabetical() {
		return terms.stream().sorted(Comparator.comparing(GlossaryTerm::term, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	Pattern pattern() {
		return pattern;
	}

	/** The term a piece of text found by {@link #pattern()} belongs to. */
	GlossaryTerm termOf(String found) {
		return termsByForm.get(key(found));
	}

	/** Forms are compared with their first letter in lower case, as the pattern matches them. */
	private static String key(String form) {
		return form.substring(0, 1).toLowerCase(Locale.ROOT) + form.substring(1);
	}

	private static String formPattern(String key) {
		String first = key.substring(0, 1);
		String upper = first.toUpperCase(Locale.ROOT);
		String start = first.equals(upper) ? Pattern.quote(first) : "[" + first + upper + "]";
		return start + Pattern.quote(key.substring(1));
	}

}
