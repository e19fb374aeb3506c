package org.ketaminereference.figures;

/**
 * The type a piece of SVG text is laid out for. It is written into the SVG with the text, so that
 * the layout and the drawing agree on how wide each line is.
 *
 * @param size the font size, in the picture's units
 * @param lineHeight the distance between the baselines of wrapped lines
 * @param bold whether the text is bold, which makes it wider
 */
record Font(double size, double lineHeight, boolean bold) {

	static Font regular(double size, double lineHeight) {
		return new Font(size, lineHeight, false);
	}

	static Font bold(double size, double lineHeight) {
		return new Font(size, lineHeight, true);
	}

}
