package org.ketaminereference.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a passage into sentences and words. A sentence ends at ".", "!" or "?" (after any closing
 * quotation mark or bracket) followed by a space, unless the word before the full stop is an
 * abbreviation such as "e.g." or "et al." or a single capital (an initial); a passage (a paragraph
 * or a list item) always ends its last sentence.
 */
final class Sentences {

	/** A word: letters or digits, with inner apostrophes, hyphens, full stops, commas and % ("27.1%", "1,200"). */
	static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’%-]|[.,](?=[\\p{L}\\p{N}]))*");

	private static final Pattern END = Pattern.compile("[.!?][\"”’)\\]]*(?=\\s)");

	private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "al", "vs", "dr", "mr", "mrs", "ms", "st",
			"approx", "etc", "fig", "no", "u.s", "u.k", "cf", "ca");

	private Sentences() {
	}

	static List<Sentence> of(Passage passage) {
		List<Sentence> sentences = new ArrayList<>();
		String text = passage.text();
		int start = 0;
		Matcher end = END.matcher(text);
		while (end.find()) {
			if (isAbbreviation(text, end.start())) {
				continue;
			}
			add(sentences, passage, start, end.end());
			start = end.end();
		}
		add(sentences, passage, start, text.length());
		return sentences;
	}

	static List<String> words(String text) {
		return WORD.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
	}

	private static void add(List<Sentence> sentences, Passage passage, int start, int end) {
		String text = passage.text().substring(start, end);
		List<String> words = words(text);
		if (!words.isEmpty()) {
			int first = start + text.indexOf(words.get(0));
			sentences.add(new Sentence(words, passage.lineAt(first)));
		}
	}

	private static boolean isAbbreviation(String text, int stop) {
		if (text.charAt(stop) != '.') {
			return false;
		}
		int begin = stop;
		while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1)) && text.charAt(begin - 1) != '(') {
			begin--;
		}
		String word = text.substring(begin, stop);
		if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
			return true;
		}
		return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
	}

}
