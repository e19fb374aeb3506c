package org.ketaminereference.figures;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ketaminereference.content.Citations;
import org.ketaminereference.content.Content;
import org.ketaminereference.content.EvidenceTable;
import org.ketaminereference.content.FigureData;
import org.ketaminereference.content.FigurePlaceholder;
import org.ketaminereference.content.MechanismDiagram;
import org.ketaminereference.content.Reference;
import org.ketaminereference.content.Timeline;
import org.ketaminereference.content.TimelineEvent;
import org.ketaminereference.site.SiteArticle;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures drawn from the real data files, checked as parsed HTML and SVG. */
class FigureRendererTests {

	private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

	private static final Content CONTENT = SiteArticle.contentLoader().load(Path.of("content"));

	private final FigureRenderer renderer = new FigureRenderer(CONTENT.figures(), CONTENT.referencesById());

	private final Set<String> taken = new HashSet<>();

	/** Like the renderer's registry of ids: a numeric suffix for an id already handed out. */
	private final UnaryOperator<String> uniqueIds = (base) -> {
		String id = base;
		for (int n = 2; !taken.add(id); n++) {
			id = base + "-" + n;
		}
		return id;
	};

	private Element render(String placeholder) {
		return renderer.render(FigurePlaceholder.ofParagraph(placeholder).orElseThrow(), uniqueIds);
	}

	/** The SVG as served, read by a strict XML parser: fails unless it is well-formed. */
	private static org.w3c.dom.Element parseAsXml(Element svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg.outerHtml()))).getDocumentElement();
	}

	private static void assertAccessibleSvg(Element figure) throws Exception {
		assertThat(figure.select("svg")).hasSize(1);
		Element svg = figure.selectFirst("svg");
		org.w3c.dom.Element xml = parseAsXml(svg);
		assertThat(xml.getNamespaceURI()).isEqualTo(SVG_NAMESPACE);
		assertThat(xml.getLocalName()).isEqualTo("svg");
		assertThat(xml.getAttribute("viewBox")).as("viewBox, in its SVG case").matches("0 0 \\d+(\\.\\d)? \\d+(\\.\\d)?");
		assertThat(xml.getAttribute("width")).isEqualTo("100%");
		assertThat(svg.attr("role")).isEqualTo("img");
		Element title = svg.getElementById(svg.attr("aria-labelledby"));
		Element desc = svg.getElementById(svg.attr("aria-describedby"));
		assertThat(title).isNotNull();
		assertThat(title.tagName()).isEqualTo("title");
		assertThat(title.text()).isNotBlank();
		assertThat(desc).isNotNull();
		assertThat(desc.tagName()).isEqualTo("desc");
		assertThat(desc.text()).isNotBlank();
		assertThat(figure.select("[style], style")).as("styles the CSP would block").isEmpty();
		assertThat(figure.select("[id]")).allSatisfy((element) -> assertThat(element.id()).startsWith(FigureRenderer.ID_PREFIX));
	}

	/** Every line of text lies inside the picture, by the same width estimate the layout used. */
	private static void assertTextFits(Element svg) {
		double width = Double.parseDouble(svg.attr("viewBox").split(" ")[2]);
		for (Element text : svg.select("text")) {
			double x = Double.parseDouble(text.attr("x"));
			Font font = new Font(Double.parseDouble(text.attr("font-size")), 0, text.attr("font-weight").equals("bold"));
			List<String> lines = text.select("tspan").isEmpty() ? List.of(text.text()) : text.select("tspan").eachText();
			for (String line : lines) {
				double lineWidth = TextWidth.of(line, font);
				double left = switch (text.attr("text-anchor")) {
					case "middle" -> x - lineWidth / 2;
					case "end" -> x - lineWidth;
					default -> x;
				};
				assertThat(left).as("left of '%s'", line).isGreaterThanOrEqualTo(0);
				assertThat(left + lineWidth).as("right of '%s'", line).isLessThanOrEqualTo(width);
			}
		}
	}

	private static String drawnText(Element text) {
		return text.select("tspan").isEmpty() ? text.text() : String.join(" ", text.select("tspan").eachText());
	}

	@Nested
	class Timelines {

		private final List<TimelineEvent> events = CONTENT.figures().only(Timeline.FIGURE).orElseThrow().events();

		private final Element figure = render("{{timeline}}");

		@Test
		void isAFigureWithAnAccessibleSvg() throws Exception {
			assertThat(figure.tagName()).isEqualTo("figure");
			assertThat(figure.selectFirst("figcaption").text()).startsWith(CONTENT.figures().only(Timeline.FIGURE).orElseThrow().title());
			assertAccessibleSvg(figure);
		}

		@Test
		void drawsEveryEventWithItsYearAndLabel() {
			assertThat(figure.select("svg .timeline-event .timeline-label")).extracting(FigureRendererTests::drawnText)
				.containsExactlyElementsOf(events.stream().map(TimelineEvent::label).toList());
			assertThat(figure.select("svg .timeline-event .timeline-year").eachText())
				.containsExactlyElementsOf(events.stream().map((event) -> String.valueOf(event.year())).toList());
			assertTextFits(figure.selectFirst("svg"));
		}

		@Test
		void marksEachKindWithItsOwnClassAndShape() {
			for (TimelineEvent.Kind kind : TimelineEvent.Kind.values()) {
				assertThat(figure.select("svg .timeline-legend .timeline-" + kind.code() + " .timeline-marker")).hasSize(1);
			}
			assertThat(figure.select("svg .timeline-legend .timeline-marker")).extracting(Element::tagName)
				.containsExactly("circle", "rect", "path");
		}

		@Test
		void showsLongGapsBetweenEvents() {
			assertThat(figure.select("svg .timeline-gap-label").eachText()).contains("17 years");
			assertThat(figure.select("svg .timeline-axis-gap")).hasSameSizeAs(figure.select("svg .timeline-gap-label"));
		}

		@Test
		void listsEveryEventInOrderWithItsDateAndCitation() {
			List<Element> items = figure.select("details.figure-text > summary + ol > li");
			assertThat(items).hasSameSizeAs(events);
			for (int i = 0; i < events.size(); i++) {
				TimelineEvent event = events.get(i);
				assertThat(items.get(i).selectFirst("time").attr("datetime")).isEqualTo(event.isoDate());
				assertThat(items.get(i).selectFirst("strong").text()).isEqualTo(event.label());
				assertThat(items.get(i).text()).contains(event.description())
					.endsWith(event.description() + Citations.of(event.cite()));
			}
			assertThat(figure.selectFirst("summary").text()).isEqualTo("Timeline as a list");
		}

		@Test
		void writesDatesAsAReaderSaysThem() {
			assertThat(figure.select("ol time").eachText()).contains("1962", "5 March 2019", "August 2020");
		}

		@Test
		void idsStayUniqueWhenAPageShowsTheFigureTwice() {
			Element second = render("{{timeline}}");

			List<String> ids = new ArrayList<>(figure.select("[id]").eachAttr("id"));
			ids.addAll(second.select("[id]").eachAttr("id"));
			assertThat(ids).doesNotHaveDuplicates();
			Element svg = second.selectFirst("svg");
			assertThat(svg.getElementById(svg.attr("aria-labelledby"))).isNotNull();
		}

	}

	@Nested
	class Mechanisms {

		private final MechanismDiagram diagram = CONTENT.figures().only(MechanismDiagram.FIGURE).orElseThrow();

		private final Element figure = render("{{mechanisms-diagram}}");

		@Test
		void isAFigureWithAnAccessibleSvg() throws Exception {
			assertThat(figure.tagName()).isEqualTo("figure");
			assertAccessibleSvg(figure);
			assertTextFits(figure.selectFirst("svg"));
		}

		@Test
		void drawsEachBoxByItsStatus() {
			for (MechanismDiagram.Node node : diagram.nodes()) {
				Element box = figure.select("svg .diagram-nodes > g")
					.stream()
					.filter((group) -> drawnText(group.selectFirst(".diagram-label")).equals(node.label()))
					.findFirst()
					.orElseThrow();
				assertThat(box.hasClass("diagram-" + node.status().code())).as("status of %s", node.id()).isTrue();
			}
			assertThat(figure.select("svg .diagram-nodes .diagram-contested")).as("contested boxes").hasSizeGreaterThanOrEqualTo(2);
		}

		@Test
		void drawsEveryLinkAsAnArrowDashedWhenItTouchesAContestedStep() {
			Map<String, MechanismDiagram.Status> status = new HashMap<>();
			diagram.nodes().forEach((node) -> status.put(node.id(), node.status()));
			long contested = diagram.links()
				.stream()
				.filter((link) -> status.get(link.from()) == MechanismDiagram.Status.CONTESTED
						|| status.get(link.to()) == MechanismDiagram.Status.CONTESTED)
				.count();
			assertThat(figure.select("svg .diagram-link")).hasSameSizeAs(diagram.links());
			assertThat(figure.select("svg .diagram-link-contested")).hasSize((int) contested);
			String markerId = figure.selectFirst("svg marker").id();
			assertThat(figure.select("svg .diagram-link").eachAttr("marker-end")).containsOnly("url(#" + markerId + ")");
		}

		@Test
		void hasALegendForEveryStatus() {
			assertThat(figure.select("svg .diagram-legend .diagram-legend-label").eachText()).containsExactly("Established",
					"Hypothesis, mainly from animal studies", "Contested or preliminary");
		}

		@Test
		void describesEveryStepInWordsWithItsStatusAndCitations() {
			List<Element> items = figure.select("details.figure-text > ul > li");
			assertThat(items).hasSameSizeAs(diagram.nodes());
			for (MechanismDiagram.Node node : diagram.nodes()) {
				Element item = items.stream()
					.filter((li) -> li.selectFirst("strong").text().equals(node.label()))
					.findFirst()
					.orElseThrow();
				assertThat(item.text()).contains(MechanismDiagramFigure.statusText(node.status()).toLowerCase())
					.contains(node.description() + Citations.of(node.cite()));
			}
			assertThat(items.get(0).text()).as("the first step says where its arrow goes").contains("Arrow to: ");
		}

	}

	@Nested
	class EvidenceTables {

		private final Map<String, Reference> references = CONTENT.referencesById();

		@Test
		void isATableWithCaptionAndHeaderScopes() {
			EvidenceTable data = CONTENT.figures().named(EvidenceTable.FIGURE).get("mental-health");
			Element table = render("{{evidence-table: mental-health}}");

			assertThat(table.tagName()).isEqualTo("table");
			assertThat(table.selectFirst("caption").text()).isEqualTo(data.caption());
			assertThat(table.selectFirst("caption").id()).startsWith(FigureRenderer.ID_PREFIX);
			assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Study", "Year", "Design",
					"Participants", "Main finding", "Evidence");
			assertThat(table.select("tbody tr")).hasSameSizeAs(data.rows());
			assertThat(table.select("tbody tr > th[scope=row]:first-child")).hasSameSizeAs(data.rows());
		}

		@Test
		void takesYearAndEvidenceLabelFromEachRowsReference() {
			for (String name : CONTENT.figures().named(EvidenceTable.FIGURE).keySet()) {
				EvidenceTable data = CONTENT.figures().named(EvidenceTable.FIGURE).get(name);
				List<Element> rows = render("{{evidence-table: " + name + "}}").select("tbody tr");
				for (int i = 0; i < rows.size(); i++) {
					Reference reference = references.get(data.rows().get(i).reference());
					Element row = rows.get(i);
					assertThat(row.selectFirst("th").text()).endsWith(Citations.of(List.of(reference.id())));
					assertThat(row.child(1).text()).isEqualTo(String.valueOf(reference.issued().year()));
					Element label = row.selectFirst("td .evidence");
					assertThat(label.text()).as("label of %s", reference.id()).isEqualTo(reference.evidence().label());
					assertThat(label.hasClass("evidence-" + reference.evidence().code())).isTrue();
				}
			}
		}

		@Test
		void saysSoWhereTheSourcesGiveNoValue() {
			// Its own table, so the test does not depend on which findings the article's tables lack.
			EvidenceTable gaps = new EvidenceTable("Gaps",
					List.of(new EvidenceTable.Row("popova2019", "Randomised", null, null)));
			FigureData figures = new FigureData(Map.of(EvidenceTable.FIGURE, Map.of("gaps", gaps)));
			Element table = new FigureRenderer(figures, references)
				.render(FigurePlaceholder.ofParagraph("{{evidence-table: gaps}}").orElseThrow(), uniqueIds);

			Element popova = table.select("tbody tr").get(0);
			assertThat(popova.child(3).text()).isEqualTo(EvidenceTableFigure.NOT_REPORTED);
			assertThat(popova.child(4).text()).isEqualTo(EvidenceTableFigure.NOT_REPORTED);
			assertThat(table.select(".figure-not-reported")).hasSize(2);
		}

		@Test
		void namesStudiesAsTheTextDoes() {
			assertThat(references.get("domino2010").shortAuthors()).isEqualTo("Domino");
			assertThat(references.get("zanos2018").shortAuthors()).isEqualTo("Zanos and Gould");
			assertThat(references.get("berman2000").shortAuthors()).isEqualTo("Berman et al.");
			assertThat(references.get("feder2021").shortAuthors()).as("a truncated list")
				.isEqualTo("Feder et al.");
			assertThat(references.get("jnj2025").shortAuthors()).isEqualTo("Johnson & Johnson");
		}

	}

}
