package org.ketaminereference.figures;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;
import org.ketaminereference.content.Citations;
import org.ketaminereference.content.EvidenceTable;
import org.ketaminereference.content.Reference;
import org.ketaminereference.content.ReferenceName;
import org.ketaminereference.text.ReaderText;

/**
 * An "evidence at a glance" table. The year and the evidence label come from each row's
 * reference, so the table always agrees with the bibliography. Like every table of the article,
 * it is then put in a region that scrolls on its own on a narrow screen, named by the caption.
 */
final class EvidenceTableFigure {

	private static final List<String> COLUMNS = Stream
		.of(ReaderText.EVIDENCE_TABLE_STUDY, ReaderText.EVIDENCE_TABLE_YEAR, ReaderText.EVIDENCE_TABLE_DESIGN,
				ReaderText.EVIDENCE_TABLE_PARTICIPANTS, ReaderText.EVIDENCE_TABLE_FINDING, ReaderText.EVIDENCE_TABLE_EVIDENCE)
		.map(ReaderText::text)
		.toList();

	/** Shown where the sources this article checked do not give a value. */
	static final String NOT_REPORTED = ReaderText.EVIDENCE_TABLE_NOT_REPORTED.text();

	private EvidenceTableFigure() {
	}

	static Element render(String name, EvidenceTable table, Map<String, Reference> references, Ids ids) {
		Element element = new Element("table").addClass("evidence-table");
		element.appendElement("caption").id(ids.claim("evidence-" + name)).text(table.caption());
		Element header = element.appendElement("thead").appendElement("tr");
		COLUMNS.forEach((column) -> header.appendElement("th").attr("scope", "col").text(column));
		Element body = element.appendElement("tbody");
		for (EvidenceTable.Row row : table.rows()) {
			Reference reference = references.get(row.reference());
			Element tr = body.appendElement("tr");
			tr.appendElement("th").attr("scope", "row").text(shortAuthors(reference) + Citations.of(List.of(reference.id())));
			tr.appendElement("td").text(String.valueOf(reference.issued().year()));
			tr.appendElement("td").text(row.design());
			cellOrNotReported(tr, row.participants());
			cellOrNotReported(tr, row.finding());
			tr.appendElement("td")
				.appendElement("span")
				.addClass("evidence")
				.addClass("evidence-" + reference.evidence().code())
				.text(reference.evidence().label());
		}
		return element;
	}

	private static void cellOrNotReported(Element row, String value) {
		Element cell = row.appendElement("td");
		if (value != null && !value.isBlank()) {
			cell.text(value);
		}
		else {
			cell.appendElement("span").addClass("figure-not-reported").text(NOT_REPORTED);
		}
	}

	/** "Domino", "Zanos and Gould" or "Berman et al.", as a study is named in the text. */
	static String shortAuthors(Reference reference) {
		List<ReferenceName> authors = reference.author();
		String first = name(authors.get(0));
		if (authors.size() == 1 && !reference.authorsTruncated()) {
			return first;
		}
		if (authors.size() == 2 && !reference.authorsTruncated()) {
			return first + " and " + name(authors.get(1));
		}
		return first + " et al.";
	}

	private static String name(ReferenceName name) {
		return (name.family() != null) ? name.family() : name.literal();
	}

}
