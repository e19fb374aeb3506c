package org.ketaminereference.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.ketaminereference.content.Reference;

/**
 * Numbers the citations of one page: references are numbered in order of first citation, and
 * citing a source again reuses its number. Each marker gets its own id so that the reference
 * list can link back to every place a source is cited. One instance per page; fragments are
 * numbered in the order they appear on the page.
 */
public final class CitationNumbering {

	/** The citation placeholders the renderer leaves, each with the keys it cites. */
	private static final String MARKERS = "sup.citation[data-cite]";

	private static final String KEYS = "data-cite";

	private final RenderedArticle article;

	private final Map<String, Integer> numbers = new LinkedHashMap<>();

	private final Map<String, List<String>> citationIds = new LinkedHashMap<>();

	CitationNumbering(RenderedArticle article) {
		this.article = article;
	}

	static String anchorOf(String key) {
		return "ref-" + key;
	}

	/** The keys of the references a rendered body cites, each once, in the order first cited. */
	public static Set<String> citedKeys(Element body) {
		Set<String> keys = new LinkedHashSet<>();
		body.select(MARKERS).forEach((marker) -> keys.addAll(Arrays.asList(marker.attr(KEYS).split(" "))));
		return keys;
	}

	/** Replaces the citation placeholders in the next fragment of the page with numbered markers. */
	void number(Element body) {
		for (Element marker : body.select(MARKERS)) {
			String[] keys = marker.attr(KEYS).split(" ");
			marker.removeAttr(KEYS);
			marker.appendChild(new TextNode("["));
			for (int i = 0; i < keys.length; i++) {
				String key = keys[i];
				int number = numbers.computeIfAbsent(key, (k) -> numbers.size() + 1);
				List<String> ids = citationIds.computeIfAbsent(key, (k) -> new ArrayList<>());
				String id = "cite-" + key + "-" + (ids.size() + 1);
				ids.add(id);
				if (i > 0) {
					marker.appendChild(new TextNode(", "));
				}
				marker.appendChild(new Element("a").id(id)
					.attr("href", "#" + anchorOf(key))
					.attr("role", "doc-noteref")
					.text(Integer.toString(number)));
			}
			marker.appendChild(new TextNode("]"));
		}
	}

	/** The page's reference list so far, in number order. */
	List<CitedReference> references() {
		Map<String, Reference> references = article.referencesById();
		List<CitedReference> cited = new ArrayList<>();
		numbers.forEach((key, number) -> cited.add(new CitedReference(number, references.get(key),
				article.formattedReferences().get(key), citationIds.get(key))));
		return cited;
	}

}
