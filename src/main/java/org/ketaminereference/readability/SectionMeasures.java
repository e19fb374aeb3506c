package org.ketaminereference.readability;

/**
 * What the limits measure in one section.
 *
 * @param file the section's file
 * @param keyPoints the key points' words, sentences and syllables; no words when it has none
 * @param body the body's
 * @param bodyFirstLine where the body starts, for problems about the whole body
 * @param sources distinct references cited in the section (body, key points and figures)
 */
public record SectionMeasures(String file, TextMeasures keyPoints, TextMeasures body, int bodyFirstLine,
		int sources) {

	/** One line for {@code --check}. */
	public String summary() {
		String longest = (body.longest() == null) ? "none"
				: body.longestWords() + " words (line " + body.longest().line() + ")";
		return String.format(java.util.Locale.ROOT,
				"%s: key points grade %s, body grade %.1f, longest sentence %s, average sentence %.1f words, %,d words, %d sources",
				file, (keyPoints.words() == 0) ? "none" : String.format(java.util.Locale.ROOT, "%.1f", keyPoints.grade()),
				body.grade(), longest, body.averageSentence(), body.words(), sources);
	}

}
