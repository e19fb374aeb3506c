package org.ketaminereference.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingTimeTests {

	@Test
	void countsTheWordsOfTheBodyAtTheDocumentedPace() {
		String words = "word ".repeat(ReadingTime.WORDS_PER_MINUTE * 3);

		assertThat(ReadingTime.of("<p>" + words + "</p>").minutes()).isEqualTo(3);
	}

	@Test
	void leavesOutCitationMarkersAndDrawings() {
		String paragraph = "<p>" + "word ".repeat(ReadingTime.WORDS_PER_MINUTE) + "</p>";
		String markers = "<sup class=\"citation\">" + "[1] ".repeat(ReadingTime.WORDS_PER_MINUTE * 2) + "</sup>";
		String drawing = "<svg><text>" + "label ".repeat(ReadingTime.WORDS_PER_MINUTE * 2) + "</text></svg>";

		assertThat(ReadingTime.of(paragraph + markers + drawing).minutes()).isEqualTo(1);
	}

	@Test
	void isAtLeastAMinute() {
		assertThat(ReadingTime.of("<p>Short.</p>").minutes()).isEqualTo(1);
		assertThat(ReadingTime.of("").minutes()).isEqualTo(1);
	}

	@Test
	void aSectionIsLongFromTheDocumentedLength() {
		assertThat(new ReadingTime(ReadingTime.LONG).isLong()).isTrue();
		assertThat(new ReadingTime(ReadingTime.LONG - 1).isLong()).isFalse();
	}

}
