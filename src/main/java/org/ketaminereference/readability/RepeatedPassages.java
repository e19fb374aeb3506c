package org.ketaminereference.readability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds runs of {@link Limits#REPEATED_RUN} or more words that appear in two sections. Words are
 * compared in lower case without punctuation; a run stays within one paragraph or list item, and
 * quotations (block quotes and text in quotation marks) are left out, since a quotation must be
 * given word for word.
 */
final class RepeatedPassages {

	private static final Pattern QUOTED = Pattern.compile("“[^”]*”|\"[^\"]*\"");

	/** What a word's key leaves out; compiled once, since every word of every run goes through it. */
	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

	private RepeatedPassages() {
	}

	/** @param sections each section's file and its passages (key points and body) */
	static List<RepeatedPassage> of(Map<String, List<Passage>> sections) {
		Map<String, Located> firstSeen = new HashMap<>();
		List<RepeatedPassage> repeats = new ArrayList<>();
		for (Map.Entry<String, List<Passage>> section : sections.entrySet()) {
			String file = section.getKey();
			for (Passage passage : section.getValue()) {
				if (passage.quotation()) {
					continue;
				}
				for (List<Located> run : runs(passage)) {
					// One report per repeated run, however many words longer than the minimum it is.
					int coveredUpTo = -1;
					for (int i = 0; i + Limits.REPEATED_RUN <= run.size(); i++) {
						Located earlier = firstSeen.putIfAbsent(key(run, i),
								new Located(file, run.get(i).word(), run.get(i).line()));
						if (earlier != null && !earlier.file().equals(file)) {
							if (i > coveredUpTo) {
								repeats.add(new RepeatedPassage(text(run, i), earlier.file(), earlier.line(), file,
										run.get(i).line()));
							}
							coveredUpTo = i + Limits.REPEATED_RUN - 1;
						}
					}
				}
			}
		}
		return repeats;
	}

	/** The passage's words outside quotation marks, as runs broken where a quotation was. */
	private static List<List<Located>> runs(Passage passage) {
		List<List<Located>> runs = new ArrayList<>();
		String text = passage.text();
		Matcher quoted = QUOTED.matcher(text);
		int start = 0;
		while (quoted.find()) {
			runs.add(words(passage, start, quoted.start()));
			start = quoted.end();
		}
		runs.add(words(passage, start, text.length()));
		return runs;
	}

	private static List<Located> words(Passage passage, int from, int to) {
		List<Located> words = new ArrayList<>();
		Matcher word = Sentences.WORD.matcher(passage.text()).region(from, to);
		while (word.find()) {
			words.add(new Located(null, word.group(), passage.lineAt(word.start())));
		}
		return words;
	}

	private static String key(List<Located> run, int from) {
		StringBuilder key = new StringBuilder();
		for (int i = from; i < from + Limits.REPEATED_RUN; i++) {
			key.append(NOT_LETTER_OR_DIGIT.matcher(run.get(i).word().toLowerCase(Locale.ROOT)).replaceAll("")).append(' ');
		}
		return key.toString();
	}

	private static String text(List<Located> run, int from) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < from + Limits.REPEATED_RUN; i++) {
			text.append((i > from) ? " " : "").append(run.get(i).word());
		}
		return text.toString();
	}

	private record Located(String file, String word, int line) {
	}

}
