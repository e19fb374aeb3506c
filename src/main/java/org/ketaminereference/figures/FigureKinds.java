package org.ketaminereference.figures;

import java.util.List;
import java.util.Optional;

import org.ketaminereference.content.FigureSource;

/** The kinds of figure there are, in the order messages list them: the one list to add a kind to. */
public final class FigureKinds {

	private static final List<FigureKind<?>> ALL = List.of(new TimelineFigure(), new MechanismDiagramFigure(),
			new EvidenceTableFigure());

	private FigureKinds() {
	}

	/** Where each kind's data comes from, for the content loader. */
	public static List<FigureSource<?>> sources() {
		return ALL.stream().<FigureSource<?>>map(FigureKind::source).toList();
	}

	/** The kind authors place as {@code {{name}}}. */
	static Optional<FigureKind<?>> named(String name) {
		return ALL.stream().filter((kind) -> kind.source().name().equals(name)).findFirst();
	}

}
