package org.ketaminereference.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Text for readers that Java code writes into pages (page titles, figure descriptions, link
 * labels), kept in {@code messages.properties} with the templates' text so that all of it is in
 * one file. Read as Spring reads it for the templates: a message with arguments is a
 * {@link MessageFormat} pattern (a quote is written {@code ''}), one without is used as it is.
 */
public enum ReaderText {

	PAGE_TITLE("page.documentTitle"),
	NOT_FOUND_TITLE("notFound.title"),
	NOT_FOUND_DESCRIPTION("notFound.description"),
	ERROR_TITLE("error.title"),
	ERROR_DESCRIPTION("error.description"),
	SEARCH_TITLE("search.title"),
	SEARCH_TITLE_FOR("search.titleFor"),
	SEARCH_DESCRIPTION("search.description"),
	ARTICLE_TITLE("article.title"),
	ARTICLE_DESCRIPTION("article.description"),
	PDF_SOURCE("pdf.source"),
	REFERENCES_TITLE("references.title"),
	REFERENCES_DESCRIPTION("references.description"),
	GLOSSARY_TITLE("glossary.title"),
	GLOSSARY_DESCRIPTION("glossary.description"),
	CHANGES_TITLE("changes.title"),
	CHANGES_DESCRIPTION("changes.description"),
	EVIDENCE_LEGEND_TITLE("about.evidenceLegend"),
	FEEDBACK_SUBJECT("feedback.subject"),
	FEEDBACK_BODY("feedback.body"),
	HEADING_PERMALINK("heading.permalink"),
	ANCHOR_MOVED("anchor.moved"),
	FACTS_TITLE("facts.title"),
	TIMELINE_TEXT_VERSION("figure.timeline.textVersion"),
	TIMELINE_DESCRIPTION("figure.timeline.description"),
	TIMELINE_SCIENCE("figure.timeline.science"),
	TIMELINE_CLINICAL("figure.timeline.clinical"),
	TIMELINE_APPROVAL("figure.timeline.approval"),
	DIAGRAM_TEXT_VERSION("figure.diagram.textVersion"),
	DIAGRAM_DESCRIPTION("figure.diagram.description"),
	DIAGRAM_ESTABLISHED("figure.diagram.established"),
	DIAGRAM_HYPOTHESIS("figure.diagram.hypothesis"),
	DIAGRAM_CONTESTED("figure.diagram.contested"),
	EVIDENCE_TABLE_STUDY("figure.evidenceTable.study"),
	EVIDENCE_TABLE_YEAR("figure.evidenceTable.year"),
	EVIDENCE_TABLE_DESIGN("figure.evidenceTable.design"),
	EVIDENCE_TABLE_PARTICIPANTS("figure.evidenceTable.participants"),
	EVIDENCE_TABLE_FINDING("figure.evidenceTable.finding"),
	EVIDENCE_TABLE_EVIDENCE("figure.evidenceTable.evidence"),
	EVIDENCE_TABLE_NOT_REPORTED("figure.evidenceTable.notReported");

	private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private final String key;

	ReaderText(String key) {
		this.key = key;
	}

	/** The key in {@code messages.properties}. */
	public String key() {
		return key;
	}

	/** The text, with {@code arguments} put in its {@code {0}}, {@code {1}}, ... */
	public String text(Object... arguments) {
		String message = MESSAGES.getString(key);
		return (arguments.length == 0) ? message : new MessageFormat(message, Locale.ENGLISH).format(arguments);
	}

	/** The text before and after its one argument, for code that puts an element in between. */
	public List<String> around() {
		String marker = "\u0000";
		return List.of(text(marker).split(marker, 2));
	}

}
