package org.ketaminereference.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.ketaminereference.content.Citations;
import org.ketaminereference.content.FigurePlaceholder;
import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.render.KeyPoints;

/**
 * The running text of a Markdown file, as the limits count it: its key points, and its body,
 * which is everything else but headings, tables, figures, code and citations.
 */
record SectionText(List<Passage> keyPoints, List<Passage> body) {

	private static final Parser PARSER = Parser.builder(new MutableDataSet()
		.set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
		.toImmutable()).build();

	private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

	private static final Pattern EMPHASIS = Pattern.compile("\\*+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])|`");

	SectionText {
		keyPoints = List.copyOf(keyPoints);
		body = List.copyOf(body);
	}

	static SectionText of(MarkdownSource<?> source) {
		Node document = PARSER.parse(source.markdown());
		List<Passage> keyPoints = new ArrayList<>();
		List<Passage> body = new ArrayList<>();
		Node first = document.getFirstChild();
		Node keyPointsList = null;
		if (first instanceof Heading heading && heading.getText().toString().strip().equalsIgnoreCase(KeyPoints.HEADING)
				&& first.getNext() instanceof BulletList list) {
			keyPointsList = list;
			collect(list, source, false, keyPoints);
		}
		for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
			if (block != keyPointsList) {
				collect(block, source, false, body);
			}
		}
		return new SectionText(keyPoints, body);
	}

	/** Adds the paragraphs in {@code node}; headings, tables, code and raw HTML hold none that count. */
	private static void collect(Node node, MarkdownSource<?> source, boolean quotation, List<Passage> passages) {
		if (node instanceof Paragraph) {
			String text = plain(node.getChars().toString()).strip();
			if (!text.isEmpty() && FigurePlaceholder.ofParagraph(text).isEmpty()) {
				passages.add(new Passage(text, source.lineAt(node.getStartOffset()), quotation));
			}
		}
		else if (node instanceof BlockQuote || node instanceof ListBlock || node instanceof ListItem) {
			for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
				collect(child, source, quotation || node instanceof BlockQuote, passages);
			}
		}
	}

	/** The text a reader sees: no citations, link targets, emphasis marks or code ticks. */
	private static String plain(String markdown) {
		String text = Citations.withoutCitations(markdown);
		text = LINK.matcher(text).replaceAll("$1");
		return EMPHASIS.matcher(text).replaceAll("");
	}

}
