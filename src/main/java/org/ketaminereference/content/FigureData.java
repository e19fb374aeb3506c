package org.ketaminereference.content;

import java.util.Map;

/**
 * The data behind the figures, from the optional files {@code timeline.yaml},
 * {@code mechanisms-diagram.yaml} and {@code evidence-tables.yaml}. Every citation key in them is
 * known and every placeholder in the Markdown has its data.
 *
 * @param timeline the timeline, or {@code null} when there is no {@code timeline.yaml}
 * @param mechanismDiagram the diagram, or {@code null} when there is no {@code mechanisms-diagram.yaml}
 * @param evidenceTables the tables by name; empty when there is no {@code evidence-tables.yaml}
 */
public record FigureData(Timeline timeline, MechanismDiagram mechanismDiagram,
		Map<String, EvidenceTable> evidenceTables) {

	public FigureData {
		evidenceTables = Map.copyOf(evidenceTables);
	}

	/** Whether a placeholder has the data it needs. */
	boolean has(FigurePlaceholder placeholder) {
		return switch (placeholder.kind()) {
			case TIMELINE -> timeline != null;
			case MECHANISMS_DIAGRAM -> mechanismDiagram != null;
			case EVIDENCE_TABLE -> evidenceTables.containsKey(placeholder.argument());
		};
	}

}
