package org.ketaminereference.readability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Words, sentences and syllables of some passages, and the Flesch-Kincaid grade they give:
 * 0.39 x (words / sentences) + 11.8 x (syllables / words) - 15.59.
 */
public record TextMeasures(int words, int sentences, int syllables, Sentence longest) {

	static TextMeasures of(List<Passage> passages) {
		List<Sentence> all = new ArrayList<>();
		passages.forEach((passage) -> all.addAll(Sentences.of(passage)));
		int words = all.stream().mapToInt((sentence) -> sentence.words().size()).sum();
		int syllables = all.stream().mapToInt(Sentence::syllables).sum();
		Sentence longest = all.stream().max(Comparator.comparingInt((Sentence sentence) -> sentence.words().size()))
			.orElse(null);
		return new TextMeasures(words, all.size(), syllables, longest);
	}

	static double grade(int words, int sentences, int syllables) {
		return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
	}

	/** The Flesch-Kincaid grade; 0 for no text. */
	public double grade() {
		return (words == 0) ? 0 : grade(words, sentences, syllables);
	}

	public double averageSentence() {
		return (sentences == 0) ? 0 : (double) words / sentences;
	}

	public int longestWords() {
		return (longest == null) ? 0 : longest.words().size();
	}

}
