package org.ketaminereference.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.ketaminereference.content.GlossaryTerm;
import org.ketaminereference.routes.Routes;

/**
 * Marks the first use of each glossary term on one page: the words become a link to the term's
 * glossary entry, described by its definition ({@code aria-describedby} points at the definition,
 * which the page carries with the id {@link GlossaryTerm#id()}). Without a script that is a link
 * to the glossary and a description screen readers announce; the site's script adds a preview on
 * hover, focus and tap. One instance per page; fragments are marked in the order they appear.
 */
final class TermMarking {

	/**
	 * Where terms are left alone: headings and table headers (they label, they do not explain),
	 * links (a link inside a link is invalid), code, citation markers, existing markup and
	 * figures, which sum up what the text explains and often start collapsed: a term's first use
	 * in a figure would hide its only mark.
	 */
	private static final String NOT_MARKED = "h1, h2, h3, h4, h5, h6, th, caption, a, code, pre, kbd, samp, sup, abbr, dfn, figure";

	private final Glossary glossary;

	private final Map<String, GlossaryTerm> marked = new LinkedHashMap<>();

	TermMarking(Glossary glossary) {
		this.glossary = glossary;
	}

	/** Marks, in the next fragment of the page, the terms not yet marked on it. */
	void mark(Element body) {
		for (TextNode text : Fragments.textNodes(body)) {
			Element parent = text.parent();
			if (parent != null && parent.closest(NOT_MARKED) == null) {
				markIn(text);
			}
		}
	}

	/** The terms marked on the page so far, in order of first use. */
	List<GlossaryTerm> terms() {
		return List.copyOf(marked.values());
	}

	private void markIn(TextNode text) {
		String value = text.getWholeText();
		Matcher found = glossary.pattern().matcher(value);
		List<Node> replacement = new ArrayList<>();
		int end = 0;
		while (found.find()) {
			GlossaryTerm term = glossary.termOf(found.group());
			if (marked.putIfAbsent(term.id(), term) != null) {
				continue;
			}
			if (found.start() > end) {
				replacement.add(new TextNode(value.substring(end, found.start())));
			}
			replacement.add(link(term, found.group()));
			end = found.end();
		}
		if (replacement.isEmpty()) {
			return;
		}
		if (end < value.length()) {
			replacement.add(new TextNode(value.substring(end)));
		}
		replacement.forEach(text::before);
		text.remove();
	}

	/** An abbreviation is an {@code abbr} with its expansion; any other form is the defining {@code dfn}. */
	private static Element link(GlossaryTerm term, String words) {
		Element marked = words.equals(term.abbreviation()) ? new Element("abbr").attr("title", term.term())
				: new Element("dfn");
		return new Element("a").addClass("term")
			.attr("href", Routes.GLOSSARY + "#" + term.id())
			.attr("aria-describedby", term.id())
			.appendChild(marked.text(words));
	}

}
