package org.ketaminereference.cite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.KeyValue;
import org.jbibtex.StringValue;

/**
 * A page as a BibTeX {@code @misc} entry, written by jbibtex (the BibTeX library citeproc-java
 * reads with). Fields are those both classic BibTeX and biblatex, Zotero and JabRef understand:
 * {@code howpublished} for the site, {@code url} and {@code urldate} for the link and access date,
 * {@code year}, {@code month} and {@code date} for the last review, and a {@code note} that spells
 * both dates out for styles that print neither.
 */
final class BibTeXFile {

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private BibTeXFile() {
	}

	static String write(CitablePage page) {
		BibTeXEntry entry = new BibTeXEntry(BibTeXEntry.TYPE_MISC, new Key(page.id()));
		entry.addField(BibTeXEntry.KEY_TITLE, text(page.title()));
		if (!page.title().equals(page.siteTitle())) {
			entry.addField(BibTeXEntry.KEY_HOWPUBLISHED, text(page.siteTitle()));
		}
		entry.addField(BibTeXEntry.KEY_URL, new StringValue(page.url(), StringValue.Style.BRACED));
		entry.addField(BibTeXEntry.KEY_YEAR, new StringValue(String.valueOf(page.lastReviewed().getYear()),
				StringValue.Style.BRACED));
		// The standard three-letter month macros, which every style prints in its own way.
		entry.addField(BibTeXEntry.KEY_MONTH, new KeyValue(
				page.lastReviewed().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT)));
		entry.addField(new Key("date"), iso(page.lastReviewed()));
		entry.addField(new Key("urldate"), iso(page.accessed()));
		entry.addField(BibTeXEntry.KEY_NOTE, text("Last reviewed " + LONG_DATE.format(page.lastReviewed())
				+ ". Accessed " + LONG_DATE.format(page.accessed()) + "."));
		BibTeXDatabase database = new BibTeXDatabase();
		database.addObject(entry);
		StringWriter out = new StringWriter();
		try {
			new BibTeXFormatter().format(database, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static StringValue iso(LocalDate date) {
		return new StringValue(date.toString(), StringValue.Style.BRACED);
	}

	private static StringValue text(String text) {
		return new StringValue(escape(text), StringValue.Style.BRACED);
	}

	/** Escapes the characters TeX treats as commands, so a title is printed as written. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> escaped.append("\\textbackslash{}");
				case '~' -> escaped.append("\\textasciitilde{}");
				case '^' -> escaped.append("\\textasciicircum{}");
				case '{', '}', '&', '%', '$', '#', '_' -> escaped.append('\\').append(c);
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
