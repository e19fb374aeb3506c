package org.ketaminereference.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Parsing HTML fragments the one way this package does it. */
final class Fragments {

	private Fragments() {
	}

	/**
	 * The body of a parsed fragment. Pretty printing is off: it would add whitespace between
	 * inline elements, which a reader sees as stray spaces before citation markers.
	 */
	static Element parse(String html) {
		Document document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		return document.body();
	}

}
