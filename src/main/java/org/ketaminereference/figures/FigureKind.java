package org.ketaminereference.figures;

import org.jsoup.nodes.Element;
import org.ketaminereference.content.FigureSource;

/**
 * One kind of figure: where its data comes from (its placeholder, data file and record, declared
 * with the record in {@code content/}) and how it is drawn. A new kind is its record with its
 * {@link FigureSource}, a subclass of this, its entry in {@link FigureKinds} and its CSS.
 *
 * @param <T> the record of one figure
 */
abstract class FigureKind<T> {

	private final FigureSource<T> source;

	FigureKind(FigureSource<T> source) {
		this.source = source;
	}

	/** Its placeholder, data file and record. */
	final FigureSource<T> source() {
		return source;
	}

	/**
	 * The figure's HTML. Citations are written as an author writes them ({@code [@key]}), so that
	 * the renderer numbers them with the page's other citations.
	 * @param name the figure's name in its data file, for a kind whose file holds several; else
	 * {@code null}
	 */
	abstract Element render(T figure, String name, FigureContext context);

}
