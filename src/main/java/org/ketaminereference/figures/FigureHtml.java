package org.ketaminereference.figures;

import org.jsoup.nodes.Element;

/** The HTML around a picture: figure and caption, and the text version below the picture. */
final class FigureHtml {

	private FigureHtml() {
	}

	/** A {@code <figure>} whose caption gives its title and a sentence about it. */
	static Element figure(String name, String title, String caption) {
		Element figure = new Element("figure").addClass("figure").addClass("figure-" + name);
		Element figcaption = figure.appendElement("figcaption");
		figcaption.appendElement("span").addClass("figure-title").text(title);
		figcaption.appendText(" ");
		figcaption.appendElement("span").addClass("figure-caption").text(caption);
		return figure;
	}

	/**
	 * The picture's content as text, for screen readers, print and anyone who prefers reading:
	 * collapsed under the picture on screen, always shown in print (see figures.css).
	 */
	static Element textVersion(Element figure, String summary) {
		Element details = figure.appendElement("details").addClass("figure-text");
		details.appendElement("summary").text(summary);
		return details;
	}

}
