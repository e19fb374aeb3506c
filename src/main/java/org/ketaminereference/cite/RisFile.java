package org.ketaminereference.cite;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A page as an RIS record ({@code TY  - ELEC}, an electronic source), the format EndNote, Zotero
 * and Mendeley import. citeproc-java only reads RIS, so the few lines are written here; tests
 * read them back with its parser.
 */
final class RisFile {

	/** RIS dates are written year/month/day. */
	private static final DateTimeFormatter RIS_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

	/** The RIS specification ends each line with CR LF. */
	private static final String LINE_END = "\r\n";

	private RisFile() {
	}

	static String write(CitablePage page) {
		StringBuilder ris = new StringBuilder();
		tag(ris, "TY", "ELEC");
		tag(ris, "ID", page.id());
		tag(ris, "TI", page.title());
		if (!page.title().equals(page.siteTitle())) {
			tag(ris, "T2", page.siteTitle());
		}
		tag(ris, "PB", page.siteTitle());
		tag(ris, "PY", String.valueOf(page.lastReviewed().getYear()));
		tag(ris, "DA", date(page.lastReviewed()));
		tag(ris, "Y2", date(page.accessed()));
		tag(ris, "UR", page.url());
		tag(ris, "LA", "en");
		tag(ris, "ER", "");
		return ris.toString();
	}

	private static void tag(StringBuilder ris, String tag, String value) {
		// A line break in a value would start a line the importer reads as garbage.
		String oneLine = value.replaceAll("\\s+", " ").strip();
		ris.append(tag).append("  - ").append(oneLine).append(LINE_END);
	}

	private static String date(LocalDate date) {
		return RIS_DATE.format(date);
	}

}
