package org.ketaminereference.render;

import java.util.List;

import org.jsoup.nodes.Element;
import org.ketaminereference.content.Citations;
import org.ketaminereference.content.Facts;

/**
 * The "At a glance" box as a fragment: a definition list with each label as a term and each
 * value as a description ending in its citation, numbered like the page's other citations. The
 * heading around it is the page template's ({@code fragments/parts :: facts}).
 */
final class FactsBox {

	private FactsBox() {
	}

	/** The box for {@code facts}, or {@code null} when there are none. */
	static RenderedFragment render(Facts facts) {
		if (facts == null) {
			return null;
		}
		Element body = Fragments.parse("");
		Element list = body.appendElement("dl").addClass("facts-list");
		for (Facts.Fact fact : facts.facts()) {
			list.appendElement("dt").text(fact.label());
			for (Facts.Value value : fact.values()) {
				// Text that jsoup escapes, with a citation that the next step turns into its marker.
				list.appendElement("dd").text(value.text() + Citations.of(value.cite()));
			}
		}
		SourceRenderer.markCitations(body);
		return new RenderedFragment(body.html(), List.of());
	}

}
