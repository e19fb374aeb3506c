package org.ketaminereference.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.output.Bibliography;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.ketaminereference.content.Reference;
import org.ketaminereference.content.ReferenceName;

/**
 * Formats bibliography entries with citeproc-java and the official CSL styles, once at startup:
 * the reference lists in {@link CitationStyle#AMA}, and (through {@link CitationFormatter}) the
 * pages' own citations in every style. The numbers the style would print are dropped: pages number
 * their references themselves, in order of first citation.
 */
public final class ReferenceFormatter {

	// AMA shortens lists of seven or more names; padding a list the source already cut short
	// to seven makes the style print its first three and "et al." without changing the style.
	private static final int NAMES_THAT_TRIGGER_ET_AL = 7;

	// The names AMA prints before "et al."; padding a shorter list would show the padding.
	private static final int NAMES_SHOWN_BEFORE_ET_AL = 3;

	private ReferenceFormatter() {
	}

	/**
	 * Formats every reference in the given CSL style; returns HTML fragments by reference id, each
	 * with the work's title in {@code <cite>} (what the margin notes show, read by site.js).
	 */
	public static Map<String, String> format(List<Reference> references, CitationStyle style) {
		Map<String, String> formatted = formatItems(references.stream().map(ReferenceFormatter::toCsl).toList(), style);
		references.forEach((reference) -> formatted.computeIfPresent(reference.id(),
				(id, entry) -> citeTitle(entry, reference.title())));
		return formatted;
	}

	/**
	 * Puts the first text that reads as the title in {@code <cite>}: the style may have curled its
	 * quotes or changed its case (AMA title-cases a book's or a report's). An entry whose title
	 * cannot be found is left as it is.
	 */
	static String citeTitle(String entry, String title) {
		Element body = Jsoup.parseBodyFragment(entry).body();
		body.ownerDocument().outputSettings().prettyPrint(false);
		String wanted = comparable(title);
		for (TextNode text : descendantTexts(body)) {
			int at = comparable(text.getWholeText()).indexOf(wanted);
			if (at >= 0) {
				// jsoup splits only inside a text, not at its end.
				TextNode titleText = (at > 0) ? text.splitText(at) : text;
				if (wanted.length() < titleText.getWholeText().length()) {
					titleText.splitText(wanted.length());
				}
				titleText.wrap("<cite></cite>");
				return body.html();
			}
		}
		return entry;
	}

	private static List<TextNode> descendantTexts(Element element) {
		List<TextNode> texts = new ArrayList<>();
		element.traverse((node, depth) -> {
			if (node instanceof TextNode text) {
				texts.add(text);
			}
		});
		return texts;
	}

	/** The text in lower case with straight quotes, character for character. */
	private static String comparable(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		text.chars().forEach((c) -> plain.append(switch (c) {
			case '\u2018', '\u2019' -> '\'';
			case '\u201C', '\u201D' -> '"';
			default -> (char) Character.toLowerCase(c);
		}));
		return plain.toString();
	}

	/**
	 * Formats CSL items in the given CSL style; returns HTML fragments, without inline styles, by
	 * item id.
	 */
	static Map<String, String> formatItems(List<CSLItemData> items, CitationStyle style) {
		try {
			CSL processor = new CSL(new ListItemDataProvider(items), style.cslId());
			processor.setOutputFormat("html");
			processor.setConvertLinks(true);
			processor.registerCitationItems(items.stream().map(CSLItemData::getId).toList());
			// One entry at a time: author-date styles sort their entries, and citeproc-java does
			// not say which entry belongs to which item.
			Map<String, String> formatted = new HashMap<>();
			for (CSLItemData item : items) {
				Bibliography entry = processor.makeBibliography((candidate) -> candidate.getId().equals(item.getId()));
				formatted.put(item.getId(), entryText(entry.getEntries()[0]));
			}
			return formatted;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load the CSL style " + style, ex);
		}
	}

	/**
	 * The entry's HTML without the style's number and wrapper, with inline styles turned into
	 * elements: the Content-Security-Policy forbids {@code style=""}.
	 */
	private static String entryText(String entry) {
		Document parsed = Jsoup.parseBodyFragment(entry);
		// Pretty printing would add whitespace between inline elements.
		parsed.outputSettings().prettyPrint(false);
		Element document = parsed.body();
		for (Element styled : document.select("[style]")) {
			String style = styled.attr("style").replace(" ", "");
			styled.removeAttr("style");
			if (style.contains("font-style:italic")) {
				styled.tagName("i");
			}
			else if (style.contains("font-weight:bold")) {
				styled.tagName("b");
			}
			else {
				styled.unwrap();
			}
		}
		for (Element link : document.select("a[href]")) {
			link.attr("rel", "external noopener noreferrer");
		}
		Element text = document.selectFirst(".csl-right-inline");
		if (text == null) {
			text = document.selectFirst(".csl-entry");
		}
		return (text != null) ? text.html().strip() : document.html().strip();
	}

	static CSLItemData toCsl(Reference reference) {
		CSLItemDataBuilder builder = new CSLItemDataBuilder().id(reference.id())
			.type(CSLType.fromString(reference.type()))
			.title(reference.title())
			.author(names(reference))
			.containerTitle(reference.containerTitle())
			.containerTitleShort(reference.containerTitleShort())
			.journalAbbreviation(reference.containerTitleShort())
			.volume(reference.volume())
			.issue(reference.issue())
			.page(reference.page())
			.DOI(reference.doi())
			.URL(reference.url())
			.PMID(reference.pmid())
			.PMCID(reference.pmcid())
			.publisher(reference.publisher())
			.publisherPlace(reference.publisherPlace())
			.number(reference.number());
		if (reference.issued() != null) {
			List<Integer> parts = reference.issued().dateParts().get(0);
			builder.issued(new CSLDateBuilder().dateParts(parts.stream().mapToInt(Integer::intValue).toArray()).build());
		}
		return builder.build();
	}

	private static CSLName[] names(Reference reference) {
		List<CSLName> names = new ArrayList<>();
		for (ReferenceName name : reference.author()) {
			CSLNameBuilder builder = new CSLNameBuilder();
			if (name.literal() != null) {
				builder.literal(name.literal());
			}
			else {
				builder.family(name.family()).given(name.given()).suffix(name.suffix());
			}
			names.add(builder.build());
		}
		if (reference.authorsTruncated() && names.size() < NAMES_SHOWN_BEFORE_ET_AL) {
			// Padding would print placeholder names as authors; end the short list by hand.
			names.add(new CSLNameBuilder().literal("et al").build());
		}
		else if (reference.authorsTruncated()) {
			while (names.size() < NAMES_THAT_TRIGGER_ET_AL) {
				names.add(new CSLNameBuilder().family("Unknown").given("A").build());
			}
		}
		return names.toArray(CSLName[]::new);
	}

}
