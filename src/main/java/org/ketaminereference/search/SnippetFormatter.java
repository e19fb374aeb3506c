package org.ketaminereference.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's best passages (sentences) into a {@link Snippet} instead of an HTML
 * string. Passages are shown in text order; where text between them or after them is left out,
 * an ellipsis says so.
 */
final class SnippetFormatter extends PassageFormatter {

	private static final String ELLIPSIS = "…";

	@Override
	public Snippet format(Passage[] passages, String content) {
		List<Snippet.Part> parts = new ArrayList<>();
		int end = 0;
		for (Passage passage : passages) {
			boolean skipsText = !content.substring(end, passage.getStartOffset()).isBlank();
			String before = (end > 0) ? " " : "";
			plain(parts, skipsText ? before + ELLIPSIS + " " : before);
			int position = passage.getStartOffset();
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int start = Math.max(passage.getMatchStarts()[i], position);
				int matchEnd = passage.getMatchEnds()[i];
				if (matchEnd <= position) {
					continue;
				}
				plain(parts, content.substring(position, start));
				parts.add(new Snippet.Part(content.substring(start, matchEnd), true));
				position = matchEnd;
			}
			plain(parts, content.substring(position, passage.getEndOffset()).stripTrailing());
			end = passage.getEndOffset();
		}
		if (!content.substring(end).isBlank()) {
			plain(parts, " " + ELLIPSIS);
		}
		return new Snippet(parts);
	}

	private static void plain(List<Snippet.Part> parts, String text) {
		if (!text.isEmpty()) {
			parts.add(new Snippet.Part(text.replace('\n', ' '), false));
		}
	}

}
