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
import org.ketaminereference.cite.Locators;
import org.ketaminereference.content.Citations;
import org.ketaminereference.content.Citations.Citation;
import org.ketaminereference.content.Citations.Item;
import org.ketaminereference.content.Reference;
import org.ketaminereference.routes.Routes;

/**
 * Numbers the citations of one page: references are numbered in order of first citation, and
 * citing a source again reuses its number. Each marker gets its own id so that the reference
 * list can link back to every place a source is cited: {@code cite-1}, {@code cite-2}... in the
 * order of the page (the reference key is in the marker's link already; repeating it in two
 * hundred ids cost a long section about 400 compressed bytes). One instance per page; fragments
 * are numbered in the order they appear on the page.
 */
public final class CitationNumbering {

	/** The citation placeholders the renderer leaves, each with the keys it cites. */
	private static final String MARKERS = "sup.citation[data-cite]";

	private static final String KEYS = "data-cite";

	/** The citation as the author wrote it, read again here for its locators, prefixes and suffixes. */
	private static final String WRITTEN = "data-citation";

	private final RenderedArticle article;

	private final Map<String, Integer> numbers = new LinkedHashMap<>();

	private final Map<String, List<String>> citationIds = new LinkedHashMap<>();

	/** How many marker links the page has so far. */
	private int markers;

	CitationNumbering(RenderedArticle article) {
		this.article = article;
	}

	static String anchorOf(String key) {
		return Routes.referenceAnchor(key);
	}

	/** The keys of the references a rendered body cites, each once, in the order first cited. */
	public static Set<String> citedKeys(Element body) {
		Set<String> keys = new LinkedHashSet<>();
		body.select(MARKERS).forEach((marker) -> keys.addAll(Arrays.asList(marker.attr(KEYS).split(" "))));
		return keys;
	}

	/**
	 * Replaces the citation placeholders in the next fragment of the page with numbered markers:
	 * {@code [1, 3]}, with a locator as AMA prints it ({@code [12(p33)]}), the author's prefix and
	 * suffix around the number ({@code [see 1, 2(p4)]}); a narrative citation names the authors
	 * in the text before its marker ({@code Berman et al.[1]}).
	 */
	void number(Element body) {
		Map<String, Reference> references = article.referencesById();
		for (Element marker : body.select(MARKERS)) {
			Citation citation = Citations.read(marker.attr(WRITTEN));
			marker.removeAttr(KEYS).removeAttr(WRITTEN);
			if (citation.narrative()) {
				Reference cited = references.get(citation.items().get(0).key());
				// A word joiner keeps the marker on the line of the names.
				marker.before(new TextNode(((cited != null) ? cited.shortAuthors() : "") + "\u2060"));
			}
			marker.appendChild(new TextNode("["));
			List<Item> items = citation.items();
			for (int i = 0; i < items.size(); i++) {
				Item item = items.get(i);
				String key = item.key();
				int number = numbers.computeIfAbsent(key, (k) -> numbers.size() + 1);
				List<String> ids = citationIds.computeIfAbsent(key, (k) -> new ArrayList<>());
				String id = "cite-" + (++markers);
				ids.add(id);
				if (i > 0) {
					marker.appendChild(new TextNode(", "));
				}
				if (!item.prefix().isEmpty()) {
					marker.appendChild(new TextNode(item.prefix() + " "));
				}
				marker.appendChild(new Element("a").id(id)
					.attr("href", "#" + anchorOf(key))
					.attr("role", "doc-noteref")
					.text(Integer.toString(number)));
				if (item.locator() != null) {
					marker.appendChild(new TextNode(Locators.ama(item.locator().label(), item.locator().value())));
				}
				if (!item.suffix().isEmpty()) {
					marker.appendChild(new TextNode(" " + item.suffix()));
				}
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
