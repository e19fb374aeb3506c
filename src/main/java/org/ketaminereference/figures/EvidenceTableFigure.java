package org.ketaminereference.figures;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;
import org.ketaminereference.content.Citations;
import org.ketaminereference.content.EvidenceTable;
import org.ketaminereference.content.Reference;
import org.ketaminereference.text.ReaderText;

/**
 * An "evidence at a glance" table. The year and the evidence label come from each row's
 * reference, so the table always agrees with the bibliography. Like every table of the article,
 * it is then put in a region that scrolls on its own if it must, named by the caption. Each data
 * cell names its column ({@code data-label}), so that on a phone, where the stylesheet shows
 * one card per study and no header row, every value keeps its heading.
 */
final class EvidenceTableFigure extends FigureKind<EvidenceTable> {

	private static final List<String> COLUMNS = Stream
		.of(ReaderText.EVIDENCE_TABLE_STUDY, ReaderText.EVIDENCE_TABLE_YEAR, ReaderText.EVIDENCE_TABLE_DESIGN,
				ReaderText.EVIDENCE_TABLE_PARTICIPANTS, ReaderText.EVIDENCE_TABLE_FINDING, ReaderText.EVIDENCE_TABLE_EVIDENCE)
		.map(ReaderText::text)
		.toList();

	/** Shown where the sources this article checked do not give a value. */
	static final String NOT_REPORTED = ReaderText.EVIDENCE_TABLE_NOT_REPORTED.text();

	EvidenceTableFigure() {
		super(EvidenceTable.FIGURE);
	}

	@Override
	Element render(EvidenceTable table, String name, FigureContext context) {
		Map<String, Reference> references = context.references();
		Element element = new Element("table").addClass("evidence-table");
		element.appendElement("caption").id(context.ids().claim("evidence-" + name)).text(table.caption());
		Element header = element.appendElement("thead").appendElement("tr");
		COLUMNS.forEach((column) -> header.appendElement("th").attr("scope", "col").text(column));
		Element body = element.appendElement("tbody");
		for (EvidenceTable.Row row : table.rows()) {
			Reference reference = references.get(row.reference());
			Element tr = body.appendElement("tr");
			tr.appendElement("th").attr("scope", "row").text(reference.shortAuthors() + Citations.of(List.of(reference.id())));
			cell(tr, 1).text(String.valueOf(reference.issued().year()));
			cell(tr, 2).text(row.design());
			cellOrNotReported(cell(tr, 3), row.participants());
			cellOrNotReported(cell(tr, 4), row.finding());
			cell(tr, 5).appendElement("span")
				.addClass("evidence")
				.addClass("evidence-" + reference.evidence().code())
				.text(reference.evidence().label());
		}
		return element;
	}

	/** A data cell of the row, labelled with the name of its column. */
	private static Element cell(Element row, int column) {
		return row.appendElement("td").attr("data-label", COLUMNS.get(column));
	}

	private static void cellOrNotReported(Element cell, String value) {
		if (value != null && !value.isBlank()) {
			cell.text(value);
		}
		else {
			cell.appendElement("span").addClass("figure-not-reported").text(NOT_REPORTED);
		}
	}

}
