package org.ketaminereference.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the optional data files behind the figures and checks them against the bibliography, and
 * checks the figure placeholders in the Markdown against the data. Problems are reported like all
 * content problems, with file and line.
 */
final class FigureDataLoader {

	static final String TIMELINE_FILE = "timeline.yaml";

	static final String DIAGRAM_FILE = "mechanisms-diagram.yaml";

	static final String TABLES_FILE = "evidence-tables.yaml";

	private final YamlBinder binder;

	FigureDataLoader(YamlBinder binder) {
		this.binder = binder;
	}

	/**
	 * Reads whichever figure files exist.
	 * @param knownKeys the id of every bibliography entry, valid or not
	 * @param references the valid bibliography entries
	 */
	FigureData load(Path directory, Set<String> knownKeys, List<Reference> references, Problems problems) {
		Timeline timeline = DataFile.bind(binder, directory, TIMELINE_FILE, Timeline.class, problems)
			.filter((bound) -> checkTimeline(bound.value(), bound.document(), knownKeys, problems))
			.map(DataFile::value)
			.orElse(null);
		MechanismDiagram diagram = DataFile.bind(binder, directory, DIAGRAM_FILE, MechanismDiagram.class, problems)
			.filter((bound) -> checkDiagram(bound.value(), bound.document(), knownKeys, problems))
			.map(DataFile::value)
			.orElse(null);
		Map<String, EvidenceTable> tables = loadTables(directory, knownKeys, references, problems);
		return new FigureData(timeline, diagram, tables);
	}

	/** Checks that every placeholder in a Markdown file is well formed and has its data. */
	void checkPlaceholders(MarkdownSource<?> source, FigureData data, Problems problems) {
		String[] lines = source.markdown().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].contains(FigurePlaceholder.OPENING)) {
				continue;
			}
			int line = source.bodyFirstLine() + i;
			boolean ownParagraph = lines[i].startsWith(FigurePlaceholder.OPENING) && (i == 0 || lines[i - 1].isBlank())
					&& (i == lines.length - 1 || lines[i + 1].isBlank());
			if (!ownParagraph) {
				problems.add(source.file(), line, "figure",
						"a figure placeholder must be a paragraph of its own: one line, with blank lines around it");
				continue;
			}
			try {
				FigurePlaceholder placeholder = FigurePlaceholder.parse(lines[i]);
				if (!data.has(placeholder)) {
					problems.add(source.file(), line, "figure", missingData(placeholder, data));
				}
			}
			catch (IllegalArgumentException ex) {
				problems.add(source.file(), line, "figure", ex.getMessage());
			}
		}
	}

	private static String missingData(FigurePlaceholder placeholder, FigureData data) {
		return switch (placeholder.kind()) {
			case TIMELINE -> "the timeline needs the file " + TIMELINE_FILE;
			case MECHANISMS_DIAGRAM -> "the diagram needs the file " + DIAGRAM_FILE;
			case EVIDENCE_TABLE -> "no table '" + placeholder.argument() + "' in " + TABLES_FILE
					+ (data.evidenceTables().isEmpty() ? ""
							: "; the tables are: " + String.join(", ", data.evidenceTables().keySet().stream().sorted().toList()));
		};
	}

	private boolean checkTimeline(Timeline timeline, YamlDocument document, Set<String> knownKeys, Problems problems) {
		int before = problems.size();
		checkDrawnText(timeline.title(), "title", document, TIMELINE_FILE, problems);
		checkText(timeline.caption(), "caption", document, TIMELINE_FILE, knownKeys, problems);
		List<TimelineEvent> events = timeline.events();
		for (int i = 0; i < events.size(); i++) {
			checkDrawnText(events.get(i).label(), "events[" + i + "].label", document, TIMELINE_FILE, problems);
			checkText(events.get(i).description(), "events[" + i + "].description", document, TIMELINE_FILE,
					knownKeys, problems);
			DataFile.checkKeys(events.get(i).cite(), "events[" + i + "].cite", document, TIMELINE_FILE, knownKeys, problems);
			if (i > 0 && events.get(i).compareDate(events.get(i - 1)) < 0) {
				problems.add(TIMELINE_FILE, document.lineOf("events[" + i + "].year"), "events[" + i + "]",
						"events must be in date order: " + events.get(i).isoDate() + " comes after "
								+ events.get(i - 1).isoDate());
			}
		}
		return problems.size() == before;
	}

	private boolean checkDiagram(MechanismDiagram diagram, YamlDocument document, Set<String> knownKeys,
			Problems problems) {
		int before = problems.size();
		Map<String, Integer> lineOfId = new HashMap<>();
		Map<String, String> occupant = new HashMap<>();
		checkDrawnText(diagram.title(), "title", document, DIAGRAM_FILE, problems);
		checkText(diagram.caption(), "caption", document, DIAGRAM_FILE, knownKeys, problems);
		List<MechanismDiagram.Node> nodes = diagram.nodes();
		for (int i = 0; i < nodes.size(); i++) {
			MechanismDiagram.Node node = nodes.get(i);
			String path = "nodes[" + i + "]";
			checkDrawnText(node.label(), path + ".label", document, DIAGRAM_FILE, problems);
			checkDrawnText(node.note(), path + ".note", document, DIAGRAM_FILE, problems);
			checkText(node.description(), path + ".description", document, DIAGRAM_FILE, knownKeys, problems);
			DataFile.checkKeys(node.cite(), path + ".cite", document, DIAGRAM_FILE, knownKeys, problems);
			Integer earlier = lineOfId.putIfAbsent(node.id(), document.lineOf(path + ".id"));
			if (earlier != null) {
				problems.add(DIAGRAM_FILE, document.lineOf(path + ".id"), path + ".id",
						"'" + node.id() + "' is already used on line " + earlier);
			}
			for (int column = node.column(); column < node.column() + node.span(); column++) {
				String other = occupant.putIfAbsent(node.row() + ":" + column, node.id());
				if (other != null) {
					problems.add(DIAGRAM_FILE, document.lineOf(path + ".row"), path,
							"overlaps '" + other + "' in row " + node.row() + ", column " + column);
					break;
				}
			}
		}
		List<MechanismDiagram.Link> links = diagram.links();
		for (int i = 0; i < links.size(); i++) {
			MechanismDiagram.Link link = links.get(i);
			for (String end : List.of("from", "to")) {
				String id = end.equals("from") ? link.from() : link.to();
				if (!lineOfId.containsKey(id)) {
					String path = "links[" + i + "]." + end;
					problems.add(DIAGRAM_FILE, document.lineOf(path), path, "no node has the id '" + id + "'");
				}
			}
		}
		return problems.size() == before;
	}

	private Map<String, EvidenceTable> loadTables(Path directory, Set<String> knownKeys, List<Reference> references,
			Problems problems) {
		Optional<YamlDocument> document = DataFile.parse(directory, TABLES_FILE, problems);
		if (document.isEmpty()) {
			return Map.of();
		}
		if (!(document.get().data() instanceof Map<?, ?> root)) {
			problems.add(TABLES_FILE, 1, "", "must be tables by name, like 'mental-health:' with a caption and rows");
			return Map.of();
		}
		Map<String, Reference> byId = references.stream()
			.collect(Collectors.toMap(Reference::id, Function.identity(), (a, b) -> a));
		Map<String, EvidenceTable> tables = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : root.entrySet()) {
			String name = String.valueOf(entry.getKey());
			if (!name.matches(Slugs.PATTERN)) {
				problems.add(TABLES_FILE, document.get().lineOf(name), name, "the table name " + Slugs.MESSAGE);
				continue;
			}
			binder.bind(entry.getValue(), document.get(), name, EvidenceTable.class, TABLES_FILE, problems)
				.filter((table) -> checkTable(name, table, document.get(), knownKeys, byId, problems))
				.ifPresent((table) -> tables.put(name, table));
		}
		return tables;
	}

	private static boolean checkTable(String name, EvidenceTable table, YamlDocument document, Set<String> knownKeys,
			Map<String, Reference> references, Problems problems) {
		int before = problems.size();
		checkText(table.caption(), name + ".caption", document, TABLES_FILE, knownKeys, problems);
		for (int i = 0; i < table.rows().size(); i++) {
			EvidenceTable.Row row = table.rows().get(i);
			String rowPath = name + ".rows[" + i + "]";
			checkText(row.design(), rowPath + ".design", document, TABLES_FILE, knownKeys, problems);
			checkText(row.participants(), rowPath + ".participants", document, TABLES_FILE, knownKeys, problems);
			checkText(row.finding(), rowPath + ".finding", document, TABLES_FILE, knownKeys, problems);
			String path = rowPath + ".reference";
			String key = row.reference();
			DataFile.checkKey(key, path, document, TABLES_FILE, knownKeys, problems);
			Reference reference = references.get(key);
			if (reference != null && reference.issued() == null) {
				problems.add(TABLES_FILE, document.lineOf(path), path,
						"'" + key + "' has no 'issued' date in " + ContentLoader.REFERENCES_FILE
								+ ", and the table shows its year");
			}
		}
		return problems.size() == before;
	}

	/**
	 * Text drawn in a figure's picture (its title, which also names the SVG, and the labels) cannot
	 * hold a citation: a citation marker is HTML, which SVG cannot hold. Refused here, on the data
	 * file's own line, rather than later on the line of the section that places the figure.
	 */
	private static void checkDrawnText(String text, String path, YamlDocument document, String file,
			Problems problems) {
		if (text != null && text.contains(Citations.OPENING)) {
			problems.add(file, document.lineOf(path), document.yamlPathOf(path),
					"citations cannot be used in the words drawn in the picture; cite the sources in 'cite'");
		}
	}

	/**
	 * Text shown as HTML beside the picture may cite like Markdown does; its mistakes are
	 * reported on the data file's line.
	 */
	private static void checkText(String text, String path, YamlDocument document, String file, Set<String> knownKeys,
			Problems problems) {
		if (text == null) {
			return;
		}
		for (Citations.Mistake mistake : Citations.mistakesIn(text, knownKeys)) {
			problems.add(file, document.lineOf(path), document.yamlPathOf(path), mistake.message());
		}
	}

}
