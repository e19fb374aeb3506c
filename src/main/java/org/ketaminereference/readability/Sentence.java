package org.ketaminereference.readability;

import java.util.List;

/** One sentence: its words and the file line it starts on. */
public record Sentence(List<String> words, int line) {

	public Sentence {
		words = List.copyOf(words);
	}

	int syllables() {
		return words.stream().mapToInt(Syllables::count).sum();
	}

}
