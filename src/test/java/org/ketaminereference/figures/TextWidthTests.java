package org.ketaminereference.figures;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextWidthTests {

	@Test
	void widerLettersTakeMoreRoom() {
		Font font = Font.regular(10, 12);
		assertThat(TextWidth.of("mmmm", font)).isGreaterThan(TextWidth.of("nnnn", font));
		assertThat(TextWidth.of("nnnn", font)).isGreaterThan(TextWidth.of("iiii", font));
		assertThat(TextWidth.of("abc", Font.regular(20, 24))).isEqualTo(2 * TextWidth.of("abc", font));
		assertThat(TextWidth.of("abc", Font.bold(10, 12))).isGreaterThan(TextWidth.of("abc", font));
	}

	@Test
	void wrapsAtSpacesWithinTheWidth() {
		String text = "Extended to acute suicidal ideation";

		Font font = Font.regular(17, 21);

		var lines = TextWidth.wrap(text, font, 270);

		assertThat(lines).hasSizeGreaterThan(1);
		assertThat(String.join(" ", lines)).isEqualTo(text);
		assertThat(lines).allSatisfy((line) -> assertThat(TextWidth.of(line, font)).isLessThanOrEqualTo(270));
	}

	@Test
	void keepsShortTextOnOneLine() {
		assertThat(TextWidth.wrap("  Ketamine ", Font.regular(17, 21), 270)).containsExactly("Ketamine");
	}

	@Test
	void givesAWordTooLongForTheWidthALineOfItsOwn() {
		assertThat(TextWidth.wrap("a hydroxynorketamine b", Font.regular(17, 21), 60)).containsExactly("a", "hydroxynorketamine", "b");
	}

}
