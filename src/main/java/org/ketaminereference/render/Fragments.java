package org.ketaminereference.render;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

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

	/** Every text node below {@code root}, in document order, collected first so callers may replace them. */
	static List<TextNode> textNodes(Element root) {
		List<TextNode> texts = new ArrayList<>();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode text) {
				texts.add(text);
			}
		}, root);
		return texts;
	}

}
