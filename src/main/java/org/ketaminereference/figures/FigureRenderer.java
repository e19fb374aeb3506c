package org.ketaminereference.figures;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.jsoup.nodes.Element;
import org.ketaminereference.content.FigureData;
import org.ketaminereference.content.FigurePlaceholder;
import org.ketaminereference.content.Reference;

/**
 * Turns a figure placeholder into its HTML, drawn by its kind ({@link FigureKinds}): a figure
 * with an inline SVG picture and the same content as text, or a table. Thread-safe; one instance
 * serves a whole render of the article.
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
		FigureKind<?> kind = FigureKinds.named(placeholder.kind())
			.orElseThrow(() -> new IllegalArgumentException("unknown figure " + placeholder.kind()));
		return render(kind, placeholder.argument(), new FigureContext(new Ids(uniqueIds), references));
	}

	private <T> Element render(FigureKind<T> kind, String name, FigureContext context) {
		T figure = data.find(kind.source(), name)
			.orElseThrow(() -> new IllegalArgumentException("no data for " + kind.source() + " " + name));
		return kind.render(figure, name, context);
	}

}
