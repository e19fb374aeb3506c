package org.ketaminereference.browser;

import java.util.Locale;

/** The two screens every page is checked on: a small phone and a laptop. */
enum Viewport {

	PHONE(375, 812), DESKTOP(1280, 800);

	final int width;

	final int height;

	Viewport(int width, int height) {
		this.width = width;
		this.height = height;
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT) + " " + width + "x" + height;
	}

}
