package org.ketaminereference.figures;

import java.util.function.UnaryOperator;

/**
 * Hands out the ids a figure needs (for {@code aria-labelledby}, markers, captions), unique on
 * every page the figure appears on. Every id starts with {@link FigureRenderer#ID_PREFIX}, which no
 * heading id does, so figures never change the ids of headings.
 */
final class Ids {

	private final UnaryOperator<String> registry;

	/** @param registry returns its argument, or a variant of it, never returned before */
	Ids(UnaryOperator<String> registry) {
		this.registry = registry;
	}

	String claim(String name) {
		return registry.apply(FigureRenderer.ID_PREFIX + name);
	}

}
