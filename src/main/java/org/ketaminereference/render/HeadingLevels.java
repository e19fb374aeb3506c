package org.ketaminereference.render;

import org.jsoup.nodes.Element;

/** Moves a fragment's headings one level down, for pages that nest sections under a title. */
final class HeadingLevels {

	private HeadingLevels() {
	}

	static void deepen(Element body) {
		// Deepest first, so an h2 turned h3 is not moved again.
		for (int level = 5; level >= 2; level--) {
			for (Element heading : body.select("h" + level)) {
				heading.tagName("h" + (level + 1));
			}
		}
	}

}
