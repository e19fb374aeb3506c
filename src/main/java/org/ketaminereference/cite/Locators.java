package org.ketaminereference.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.csl.CSLType;

/**
 * A locator as the AMA style prints it after a citation's number, such as {@code (p33)},
 * {@code (pp33-35)} or {@code (fig2)}: worked out by citeproc-java from the official AMA style,
 * not by hand, once for each label and value.
 */
public final class Locators {

	private static final String ITEM = "locator";

	private static final Map<String, String> FORMATTED = new ConcurrentHashMap<>();

	private static CSL processor;

	private Locators() {
	}

	/**
	 * @param label a CSL locator type: page, figure, chapter, section, paragraph, volume or line
	 * @param value the number or range
	 */
	public static String ama(String label, String value) {
		return FORMATTED.computeIfAbsent(label + " " + value, (key) -> format(label, value));
	}

	/** citeproc's processor is not thread-safe; formatting happens once per locator. */
	private static synchronized String format(String label, String value) {
		CSL csl = processor();
		String citation = csl
			.makeCitation(new CSLCitation(
					new CSLCitationItemBuilder(ITEM).locator(value).label(CSLLabel.fromString(label)).build()))
			.get(0)
			.getText();
		// The style prints the number, then the locator: keep the locator.
		return citation.strip().replaceFirst("^\\d+", "");
	}

	private static CSL processor() {
		if (processor == null) {
			CSLItemData item = new CSLItemDataBuilder().id(ITEM).type(CSLType.ARTICLE_JOURNAL).title(ITEM).build();
			try {
				processor = new CSL(new ListItemDataProvider(item), CitationStyle.AMA.cslId());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot load the CSL style " + CitationStyle.AMA, ex);
			}
			processor.setOutputFormat("text");
		}
		return processor;
	}

}
