package org.ketaminereference.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how wide a line of text is and wraps text into lines, so that the server can lay out
 * an SVG without a browser. SVG text does not wrap by itself. The widths are those of DejaVu Sans,
 * wider than most system sans-serif fonts, so that text fits whichever font the reader's system
 * picks.
 */
final class TextWidth {

	private static final String THIN = "ijlIJ'";

	private static final String NARROW = ".,;:!| ";

	private static final String SLIM = "tfr()[]-/";

	private static final String WIDE = "mwMW@%";

	private TextWidth() {
	}

	/** Bold letters of these fonts are about a tenth wider than regular ones. */
	private static final double BOLD = 1.1;

	/** The estimated width of {@code text} in {@code font}, in the picture's units. */
	static double of(String text, Font font) {
		double ems = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (THIN.indexOf(c) >= 0) {
				ems += 0.29;
			}
			else if (NARROW.indexOf(c) >= 0) {
				ems += 0.33;
			}
			else if (SLIM.indexOf(c) >= 0) {
				ems += 0.4;
			}
			else if (WIDE.indexOf(c) >= 0) {
				ems += 0.95;
			}
			else if (Character.isDigit(c)) {
				ems += 0.64;
			}
			else if (Character.isUpperCase(c)) {
				ems += 0.7;
			}
			else {
				ems += 0.61;
			}
		}
		return ems * font.size() * (font.bold() ? BOLD : 1);
	}

	/** Splits {@code text} at spaces into lines no wider than {@code width}; a longer word gets a line of its own. */
	static List<String> wrap(String text, Font font, double width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && of(candidate, font) > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

}
