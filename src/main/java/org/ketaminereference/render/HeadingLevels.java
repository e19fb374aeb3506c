package org.ketaminereference.render;

import org.jsoup.nodes.Element;

/** Moves a fragment's headings one level down, for pages that nest sections under a title. */
public final class HeadingLevels {

	private HeadingLevels() {
	}

	public static String deepen(String html) {
		Element body = Fragments.parse(html);
		// Deepest first, so an h2 turned h3 is not moved again.
		for (int level = 5; level >= 2; level--) {
			for (Element heading : body.select("h" + level)) {
				heading.tagName("h" + (level + 1));
			}
		}
		return body.html();
	}

}
