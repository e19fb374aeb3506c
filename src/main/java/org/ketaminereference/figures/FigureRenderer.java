package org.ketaminereference.figures;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.jsoup.nodes.Element;
import org.ketaminereference.content.FigureData;
import org.ketaminereference.content.FigurePlaceholder;
import org.ketaminereference.content.Reference;

/**
 * Turns a figure placeholder into its HTML: a figure with an inline SVG picture and the same
 * content as text, or a table. Citations in the output are written as an author writes them
 * ({@code [@key]}), so that the renderer numbers them with the page's other citations.
 * Thread-safe; one instance serves a whole render of the article.
 */
public final class FigureRenderer {

	/** Every id a figure uses starts with this; heading ids never do. */
	public static final String ID_PREFIX = "fig-";

	private final FigureData data;

	private final Map<String, Reference> references;

	public FigureRenderer(FigureData data, Map<String, Reference> references) {
		this.data = data;
		this.references = Map.copyOf(references);
	}

	/**
	 * The figure for a placeholder the content loader has checked.
	 * @param uniqueIds returns its argument, or a variant of it, that no other element of the page
	 * has
	 */
	public Element render(FigurePlaceholder placeholder, UnaryOperator<String> uniqueIds) {
		Ids ids = new Ids(uniqueIds);
		return switch (placeholder.kind()) {
			case TIMELINE -> TimelineFigure.render(data.timeline(), ids);
			case MECHANISMS_DIAGRAM -> MechanismDiagramFigure.render(data.mechanismDiagram(), ids);
			case EVIDENCE_TABLE -> EvidenceTableFigure.render(placeholder.argument(),
					data.evidenceTables().get(placeholder.argument()), references, ids);
		};
	}

}
