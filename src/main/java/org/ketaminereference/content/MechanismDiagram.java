package org.ketaminereference.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code mechanisms-diagram.yaml}: the steps by which ketamine is thought to act, laid out on a
 * grid two columns wide, and the arrows between them. Drawn wherever a page asks for
 * {@code {{mechanisms-diagram}}}, with every step described in words and cited.
 *
 * @param title the figure's title, also the picture's accessible name
 * @param caption one or two sentences under the title
 * @param nodes the boxes, each with its place on the grid
 * @param links the arrows, from one box's id to another's
 */
public record MechanismDiagram(@NotBlank @Size(max = 120) String title, @NotBlank @Size(max = 300) String caption,
		@NotEmpty List<@Valid @NotNull Node> nodes, @NotEmpty List<@Valid @NotNull Link> links) {

	/** The grid is two columns wide: enough for parallel steps, narrow enough for a phone. */
	public static final int COLUMNS = 2;

	/** The kind of figure: {@code {{mechanisms-diagram}}}, from {@code mechanisms-diagram.yaml}. */
	public static final FigureSource<MechanismDiagram> FIGURE = FigureSource.single("mechanisms-diagram", "diagram",
			"mechanisms-diagram.yaml", MechanismDiagram.class, MechanismDiagram::check);

	public MechanismDiagram {
		nodes = (nodes != null) ? List.copyOf(nodes) : null;
		links = (links != null) ? List.copyOf(links) : null;
	}

	/** Ids are unique, boxes do not overlap, arrows join boxes that exist; and the text's citations. */
	private static void check(MechanismDiagram diagram, DataFile file) {
		Map<String, Integer> indexOfId = new HashMap<>();
		Map<String, String> occupant = new HashMap<>();
		file.drawnText(diagram.title(), "title");
		file.citingText(diagram.caption(), "caption");
		for (int i = 0; i < diagram.nodes().size(); i++) {
			Node node = diagram.nodes().get(i);
			String path = "nodes[" + i + "]";
			file.drawnText(node.label(), path + ".label");
			file.drawnText(node.note(), path + ".note");
			file.citingText(node.description(), path + ".description");
			file.keys(node.cite(), path + ".cite");
			Integer earlier = indexOfId.putIfAbsent(node.id(), i);
			if (earlier != null) {
				file.problem(path + ".id", "'" + node.id() + "' is already used on line "
						+ file.lineOf("nodes[" + earlier + "].id"));
			}
			for (int column = node.column(); column < node.column() + node.span(); column++) {
				String other = occupant.putIfAbsent(node.row() + ":" + column, node.id());
				if (other != null) {
					file.problem(path, path + ".row",
							"overlaps '" + other + "' in row " + node.row() + ", column " + column);
					break;
				}
			}
		}
		for (int i = 0; i < diagram.links().size(); i++) {
			Link link = diagram.links().get(i);
			for (String end : List.of("from", "to")) {
				String id = end.equals("from") ? link.from() : link.to();
				if (!indexOfId.containsKey(id)) {
					file.problem("links[" + i + "]." + end, "no node has the id '" + id + "'");
				}
			}
		}
	}

	/**
	 * One box.
	 *
	 * @param id what links refer to it by
	 * @param label a few words, drawn in the box
	 * @param note a shorter qualifier drawn under the label, such as "in mice"
	 * @param status how well supported the step is; the picture draws each status differently
	 * @param row the grid row, from 0 at the top
	 * @param column 0 or 1
	 * @param span 1, or 2 for a box across both columns (starting in column 0)
	 * @param description one or two sentences for the text version
	 * @param cite the keys of the references that support the description
	 */
	public record Node(@NotBlank @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String id,
			@NotBlank @Size(max = 40) String label, @Size(max = 32) String note, @NotNull Status status,
			@NotNull @Min(0) @Max(20) Integer row, @NotNull @Min(0) @Max(COLUMNS - 1) Integer column,
			@Min(1) @Max(COLUMNS) Integer span, @NotBlank @Size(max = 400) String description,
			@NotEmpty List<@NotBlank String> cite) {

		public Node {
			span = (span != null) ? span : 1;
			cite = (cite != null) ? List.copyOf(cite) : null;
		}

		@AssertTrue(message = "the box must fit the grid: column + span is at most " + COLUMNS)
		public boolean isInsideGrid() {
			return column == null || column + span <= COLUMNS;
		}

	}

	/** An arrow from one box to another, by their ids. */
	public record Link(@NotBlank String from, @NotBlank String to) {
	}

	/** How well supported a step is. */
	public enum Status implements Coded {

		/** Shown directly and not in dispute, such as the receptor block. */
		ESTABLISHED,
		/** A leading hypothesis, supported mainly by animal studies. */
		HYPOTHESIS,
		/** Disputed, or resting on a small early study. */
		CONTESTED;

	}

}
