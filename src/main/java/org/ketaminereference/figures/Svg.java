package org.ketaminereference.figures;

import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;

/**
 * Builds inline SVG as jsoup elements, so that text is escaped by the same serialiser as the rest
 * of the page. Colours never appear here: elements get classes that the site stylesheet colours
 * for the light and the dark theme. Only geometry (positions, sizes, and the font size and weight
 * the layout was computed for) is written as presentation attributes; there are no {@code style}
 * attributes, which the Content-Security-Policy would block.
 */
final class Svg {

	private static final String NAMESPACE = "http://www.w3.org/2000/svg";

	private final Element root;

	private Svg(Element root) {
		this.root = root;
	}

	/**
	 * An {@code <svg role="img">} named by its {@code <title>} and described by its {@code <desc>}.
	 * It is as wide as its container and keeps its proportions.
	 */
	static Svg image(String name, double width, double height, Ids ids, String title, String description) {
		String titleId = ids.claim(name + "-title");
		String descId = ids.claim(name + "-desc");
		Element svg = set(new Element("svg").addClass("figure-image").addClass(name), "xmlns", NAMESPACE, "viewBox",
				"0 0 " + number(width) + " " + number(height), "width", "100%", "role", "img", "aria-labelledby", titleId,
				"aria-describedby", descId);
		svg.appendElement("title").id(titleId).text(title);
		svg.appendElement("desc").id(descId).text(description);
		return new Svg(svg);
	}

	Element element() {
		return root;
	}

	/**
	 * Sets attributes from name, value pairs. Names keep their case ({@code viewBox}, {@code refX}):
	 * jsoup's {@code attr()} would lower-case them as HTML attributes, which SVG read as XML does
	 * not accept.
	 */
	static Element set(Element element, String... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			element.attributes().put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return element;
	}

	/** A child element of the root, such as a group to draw into. */
	Element add(String name, String cssClass) {
		return add(root, name, cssClass);
	}

	static Element add(Element parent, String name, String cssClass) {
		Element element = parent.appendElement(name);
		return (cssClass != null) ? element.addClass(cssClass) : element;
	}

	/**
	 * Text of one or more lines; the first baseline is at {@code y}.
	 * @param anchor {@code start}, {@code middle} or {@code end}
	 */
	static Element text(Element parent, String cssClass, double x, double y, Font font, String anchor,
			List<String> lines) {
		Element text = set(add(parent, "text", cssClass), "x", number(x), "y", number(y), "font-size",
				number(font.size()));
		if (font.bold()) {
			set(text, "font-weight", "bold");
		}
		if (!anchor.equals("start")) {
			set(text, "text-anchor", anchor);
		}
		if (lines.size() == 1) {
			return text.text(lines.get(0));
		}
		for (int i = 0; i < lines.size(); i++) {
			set(text.appendElement("tspan"), "x", number(x), "dy", (i == 0) ? "0" : number(font.lineHeight())).text(lines.get(i));
		}
		return text;
	}

	static Element line(Element parent, String cssClass, double x1, double y1, double x2, double y2) {
		return set(add(parent, "line", cssClass), "x1", number(x1), "y1", number(y1), "x2", number(x2), "y2",
				number(y2));
	}

	static Element rect(Element parent, String cssClass, double x, double y, double width, double height,
			double radius) {
		Element rect = set(add(parent, "rect", cssClass), "x", number(x), "y", number(y), "width", number(width),
				"height", number(height));
		return (radius > 0) ? set(rect, "rx", number(radius)) : rect;
	}

	static Element circle(Element parent, String cssClass, double cx, double cy, double r) {
		return set(add(parent, "circle", cssClass), "cx", number(cx), "cy", number(cy), "r", number(r));
	}

	static Element path(Element parent, String cssClass, String d) {
		return set(add(parent, "path", cssClass), "d", d);
	}

	/** A coordinate as short as it can be written: 12, 12.5, never 12.000001. */
	static String number(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return (rounded == Math.rint(rounded)) ? Long.toString((long) rounded)
				: String.format(Locale.ROOT, "%.1f", rounded);
	}

}
