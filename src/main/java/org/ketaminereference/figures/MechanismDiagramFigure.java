package org.ketaminereference.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.ketaminereference.content.Citations;
import org.ketaminereference.content.MechanismDiagram;
import org.ketaminereference.content.MechanismDiagram.Node;
import org.ketaminereference.content.MechanismDiagram.Status;
import org.ketaminereference.text.ReaderText;

/**
 * The mechanism diagram: boxes on a two-column grid joined by arrows, each box drawn by how well
 * supported its step is (a heavy outline when established, a plain one for a hypothesis, a
 * dashed one when contested), with a legend; then every box described in words with citations.
 */
final class MechanismDiagramFigure extends FigureKind<MechanismDiagram> {

	private static final double WIDTH = 360;

	private static final double GUTTER = 16;

	private static final double COLUMN_WIDTH = (WIDTH - GUTTER * (MechanismDiagram.COLUMNS - 1))
			/ MechanismDiagram.COLUMNS;

	private static final double PADDING = 10;

	private static final Font LABEL = Font.bold(16, 20);

	private static final Font NOTE = Font.regular(14, 18);

	/** Room between rows for the arrows. */
	private static final double ROW_GAP = 30;

	private static final double LEGEND_LINE = 26;

	private static final String TEXT_SUMMARY = ReaderText.DIAGRAM_TEXT_VERSION.text();

	MechanismDiagramFigure() {
		super(MechanismDiagram.FIGURE);
	}

	@Override
	Element render(MechanismDiagram diagram, String name, FigureContext context) {
		Element figure = FigureHtml.figure("mechanisms", diagram.title(), diagram.caption());
		figure.appendChild(picture(diagram, context.ids()));
		Element list = FigureHtml.textVersion(figure, TEXT_SUMMARY).appendElement("ul").addClass("diagram-steps");
		Map<String, String> labels = new HashMap<>();
		diagram.nodes().forEach((node) -> labels.put(node.id(), node.label()));
		for (Node node : readingOrder(diagram.nodes())) {
			Element item = list.appendElement("li");
			item.appendElement("strong").text(node.label());
			item.appendText(" (" + statusText(node.status()).toLowerCase(Locale.ROOT) + "). "
					+ node.description() + Citations.of(node.cite()));
			List<String> targets = diagram.links()
				.stream()
				.filter((link) -> link.from().equals(node.id()))
				.map((link) -> labels.get(link.to()))
				.toList();
			if (!targets.isEmpty()) {
				item.appendText(" Arrow to: " + String.join("; ", targets) + ".");
			}
		}
		return figure;
	}

	private static Element picture(MechanismDiagram diagram, Ids ids) {
		Map<String, Box> boxes = layout(diagram.nodes());
		double bottom = boxes.values().stream().mapToDouble((box) -> box.y() + box.height()).max().orElse(0);
		double legendTop = bottom + ROW_GAP;
		double height = legendTop + LEGEND_LINE * Status.values().length;
		Svg svg = Svg.image("mechanisms", WIDTH, height, ids, diagram.title(), description(diagram));
		String arrowId = ids.claim("mechanisms-arrow");
		Element marker = Svg.set(svg.add("defs", null).appendElement("marker").id(arrowId), "viewBox", "0 0 10 10",
				"refX", "9", "refY", "5", "markerWidth", "8", "markerHeight", "8", "orient", "auto");
		Svg.path(marker, "diagram-arrowhead", "M0 0L10 5 0 10z");

		Element arrows = svg.add("g", "diagram-links");
		for (MechanismDiagram.Link link : diagram.links()) {
			Box from = boxes.get(link.from());
			Box to = boxes.get(link.to());
			boolean contested = from.node().status() == Status.CONTESTED || to.node().status() == Status.CONTESTED;
			Svg.set(arrow(arrows, contested ? "diagram-link diagram-link-contested" : "diagram-link", from, to),
					"marker-end", "url(#" + arrowId + ")");
		}
		Element nodes = svg.add("g", "diagram-nodes");
		for (Box box : boxes.values()) {
			Element group = Svg.add(nodes, "g", "diagram-node diagram-" + box.node().status().code());
			Svg.rect(group, "diagram-box", box.x(), box.y(), box.width(), box.height(), 8);
			double centre = box.x() + box.width() / 2;
			// Centred vertically: boxes in one row share the tallest box's height.
			double content = box.labelLines().size() * LABEL.lineHeight()
					+ box.noteLines().size() * NOTE.lineHeight();
			double baseline = box.y() + (box.height() - content) / 2 + LABEL.size() - 1;
			Svg.text(group, "diagram-label", centre, baseline, LABEL, "middle", box.labelLines());
			if (!box.noteLines().isEmpty()) {
				Svg.text(group, "diagram-note", centre, baseline + box.labelLines().size() * LABEL.lineHeight() - 1,
						NOTE, "middle", box.noteLines());
			}
		}
		legend(svg.add("g", "diagram-legend"), legendTop);
		return svg.element();
	}

	/** Places every box: rows as tall as their tallest box, columns of equal width. */
	private static Map<String, Box> layout(List<Node> nodes) {
		int rows = nodes.stream().mapToInt(Node::row).max().orElse(0) + 1;
		double[] rowHeights = new double[rows];
		Map<String, List<String>> labels = new HashMap<>();
		Map<String, List<String>> notes = new HashMap<>();
		for (Node node : nodes) {
			double textWidth = width(node) - 2 * PADDING;
			labels.put(node.id(), TextWidth.wrap(node.label(), LABEL, textWidth));
			notes.put(node.id(), (node.note() != null) ? TextWidth.wrap(node.note(), NOTE, textWidth) : List.of());
			double height = 2 * PADDING + labels.get(node.id()).size() * LABEL.lineHeight()
					+ notes.get(node.id()).size() * NOTE.lineHeight();
			rowHeights[node.row()] = Math.max(rowHeights[node.row()], height);
		}
		double[] rowTops = new double[rows];
		double top = 1;
		for (int row = 0; row < rows; row++) {
			rowTops[row] = top;
			top += rowHeights[row] + ((rowHeights[row] > 0) ? ROW_GAP : 0);
		}
		Map<String, Box> boxes = new LinkedHashMap<>();
		for (Node node : readingOrder(nodes)) {
			double x = node.column() * (COLUMN_WIDTH + GUTTER);
			boxes.put(node.id(), new Box(node, x, rowTops[node.row()], width(node), rowHeights[node.row()],
					labels.get(node.id()), notes.get(node.id())));
		}
		return boxes;
	}

	private static double width(Node node) {
		return node.span() * COLUMN_WIDTH + (node.span() - 1) * GUTTER;
	}

	/**
	 * A straight arrow between two boxes in different rows: vertical where the boxes overlap
	 * side to side, else from centre to centre.
	 */
	private static Element arrow(Element parent, String cssClass, Box from, Box to) {
		double left = Math.max(from.x(), to.x());
		double right = Math.min(from.x() + from.width(), to.x() + to.width());
		double fromX = (left < right) ? (left + right) / 2 : from.x() + from.width() / 2;
		double toX = (left < right) ? fromX : to.x() + to.width() / 2;
		boolean down = to.y() > from.y();
		double fromY = down ? from.y() + from.height() : from.y();
		double toY = down ? to.y() - 1.5 : to.y() + to.height() + 1.5;
		return Svg.line(parent, cssClass, fromX, fromY, toX, toY);
	}

	private static void legend(Element legend, double top) {
		double y = top;
		for (Status status : Status.values()) {
			Element item = Svg.add(legend, "g", "diagram-" + status.code());
			Svg.rect(item, "diagram-box", 2, y, 30, 16, 4);
			Svg.text(item, "diagram-legend-label", 42, y + 13.5, NOTE, "start", List.of(statusText(status)));
			y += LEGEND_LINE;
		}
	}

	static String statusText(Status status) {
		return switch (status) {
			case ESTABLISHED -> ReaderText.DIAGRAM_ESTABLISHED.text();
			case HYPOTHESIS -> ReaderText.DIAGRAM_HYPOTHESIS.text();
			case CONTESTED -> ReaderText.DIAGRAM_CONTESTED.text();
		};
	}

	/** Top to bottom, left to right: the order in which the picture is read. */
	private static List<Node> readingOrder(List<Node> nodes) {
		List<Node> ordered = new ArrayList<>(nodes);
		ordered.sort(Comparator.comparing(Node::row).thenComparing(Node::column));
		return ordered;
	}

	private static String description(MechanismDiagram diagram) {
		long contested = diagram.nodes().stream().filter((node) -> node.status() == Status.CONTESTED).count();
		return ReaderText.DIAGRAM_DESCRIPTION.text(String.valueOf(diagram.nodes().size()), String.valueOf(contested),
				TEXT_SUMMARY);
	}

	/** A node's place and its text, wrapped to the box. */
	private record Box(Node node, double x, double y, double width, double height, List<String> labelLines,
			List<String> noteLines) {
	}

}
