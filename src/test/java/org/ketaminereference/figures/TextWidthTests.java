package org.ketaminereference.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextWidthTests {

	@Test
	void widerLettersTakeMoreRoom() {
		assertThat(TextWidth.of("mmmm", 10)).isGreaterThan(TextWidth.of("nnnn", 10));
		assertThat(TextWidth.of("nnnn", 10)).isGreaterThan(TextWidth.of("iiii", 10));
		assertThat(TextWidth.of("abc", 20)).isEqualTo(2 * TextWidth.of("abc", 10));
	}

	@Test
	void wrapsAtSpacesWithinTheWidth() {
		String text = "Extended to acute suicidal ideation";

		var lines = TextWidth.wrap(text, 17, 270);

		assertThat(lines).hasSizeGreaterThan(1);
		assertThat(String.join(" ", lines)).isEqualTo(text);
		assertThat(lines).allSatisfy((line) -> assertThat(TextWidth.of(line, 17)).isLessThanOrEqualTo(270));
	}

	@Test
	void keepsShortTextOnOneLine() {
		assertThat(TextWidth.wrap("  Ketamine ", 17, 270)).containsExactly("Ketamine");
	}

	@Test
	void givesAWordTooLongForTheWidthALineOfItsOwn() {
		assertThat(TextWidth.wrap("a hydroxynorketamine b", 17, 60)).containsExactly("a", "hydroxynorketamine", "b");
	}

}
