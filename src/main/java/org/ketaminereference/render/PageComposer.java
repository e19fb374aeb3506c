package org.ketaminereference.render;

import java.util.List;

import org.jsoup.nodes.Element;
import org.ketaminereference.content.GlossaryTerm;

/**
 * Composes the text of one page from rendered fragments, in the order the page shows them: each
 * fragment is parsed once, its citations numbered on from the fragments before it, its headings
 * deepened where it is nested in the page, and its glossary terms marked at their first use on
 * the page; then it is written out once.
 */
public final class PageComposer {

	private final CitationNumbering numbering;

	private final TermMarking terms;

	public PageComposer(RenderedArticle article, Glossary glossary) {
		this.numbering = new CitationNumbering(article);
		this.terms = new TermMarking(glossary);
	}

	/** The next fragment of the page, composed. */
	public String add(RenderedFragment fragment) {
		return compose(fragment, null);
	}

	/**
	 * The next section of the one-page article, composed one heading level down (under the
	 * section's own heading), its key points under that page's id for them.
	 */
	public String addToOnePage(RenderedSection section) {
		return compose(section.body(), section.slug());
	}

	/** The page's reference list so far, in number order. */
	public List<CitedReference> references() {
		return numbering.references();
	}

	/** The glossary terms marked on the page so far, in order of first use. */
	public List<GlossaryTerm> terms() {
		return terms.terms();
	}

	/** @param onePageSlug the slug of the section it is on the one-page article, else {@code null} */
	private String compose(RenderedFragment fragment, String onePageSlug) {
		Element body = Fragments.parse(fragment.html());
		if (onePageSlug != null) {
			KeyPoints.forOnePage(body, onePageSlug);
		}
		numbering.number(body);
		if (onePageSlug != null) {
			HeadingLevels.deepen(body);
		}
		terms.mark(body);
		return body.html();
	}

}
