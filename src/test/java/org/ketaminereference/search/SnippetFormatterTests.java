package org.ketaminereference.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetFormatterTests {

	private static final String CONTENT = "One bladder. Two cats. Three bladders here. Four.";

	private static Passage passage(int start, int end, int... matches) {
		Passage passage = new Passage();
		passage.setStartOffset(start);
		passage.setEndOffset(end);
		for (int i = 0; i < matches.length; i += 2) {
			passage.addMatch(matches[i], matches[i + 1], new BytesRef("bladder"), 1);
		}
		return passage;
	}

	private static String render(Snippet snippet) {
		StringBuilder text = new StringBuilder();
		snippet.parts().forEach((part) -> text.append(part.match() ? "[" + part.text() + "]" : part.text()));
		return text.toString();
	}

	@Test
	void marksTheMatchesAndKeepsTheSpacesAroundThem() {
		Snippet snippet = new SnippetFormatter().format(new Passage[] { passage(0, 13, 4, 11) }, CONTENT);

		assertThat(render(snippet)).isEqualTo("One [bladder]. …");
	}

	@Test
	void adjacentSentencesAreJoinedWithASpace() {
		Snippet snippet = new SnippetFormatter()
			.format(new Passage[] { passage(0, 13, 4, 11), passage(13, 23) }, CONTENT);

		assertThat(render(snippet)).isEqualTo("One [bladder]. Two cats. …");
	}

	@Test
	void leftOutTextBetweenAndBeforeIsAnEllipsis() {
		Snippet snippet = new SnippetFormatter()
			.format(new Passage[] { passage(13, 23), passage(23, 44, 29, 37) }, CONTENT);
		Snippet gap = new SnippetFormatter().format(new Passage[] { passage(0, 13, 4, 11), passage(23, 44, 29, 37) },
				CONTENT);

		assertThat(render(snippet)).isEqualTo("… Two cats. Three [bladders] here. …");
		assertThat(render(gap)).isEqualTo("One [bladder]. … Three [bladders] here. …");
	}

	@Test
	void theWholeTextHasNoEllipsis() {
		Snippet snippet = new SnippetFormatter().format(new Passage[] { passage(0, CONTENT.length()) }, CONTENT);

		assertThat(snippet.text()).isEqualTo(CONTENT);
		assertThat(snippet.parts()).noneMatch(Snippet.Part::match);
	}

}
