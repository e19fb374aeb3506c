package org.ketaminereference.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.ketaminereference.content.Anchors;
import org.ketaminereference.content.Citations;
import org.ketaminereference.content.Citations.Citation;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.FigurePlaceholder;
import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.figures.FigureRenderer;
import org.ketaminereference.text.ReaderText;

/**
 * Renders one Markdown file: flexmark for the Markdown, then one pass over the HTML that applies
 * the link policy, notes links to other pages, gives every h2/h3 its id and permalink, puts
 * figures in place of their placeholders and turns citations into placeholders.
 * Problems it finds are reported with the file and line.
 */
final class SourceRenderer {

	/** flexmark writes each block's source offsets here, so problems can name their line. */
	static final String SOURCE_POSITION = "data-md-pos";

	private static final Pattern EXPLICIT_ID = Pattern.compile("\\s*\\{#(" + Anchors.ID + ")\\}\\s*$");

	private final MarkdownRenderer markdown;

	SourceRenderer(MarkdownRenderer markdown) {
		this.markdown = markdown;
	}

	/**
	 * Renders {@code source}, which becomes part of the page at {@code page}; its links to other
	 * pages go to {@code links}, to be checked once every page is known.
	 */
	RenderedFragment render(MarkdownSource<?> source, String page, HeadingIds ids, FigureRenderer figures,
			InternalLinks links, boolean keyPointsRequired, List<ContentProblem> problems) {
		return renderTree(source, page, ids, figures, links, keyPointsRequired, problems).fragment();
	}

	/**
	 * {@link #render}, before the body is written out as HTML: for a step that must see every
	 * section first ({@link AnchorAliases}) and would otherwise parse the HTML again.
	 */
	RenderedTree renderTree(MarkdownSource<?> source, String page, HeadingIds ids, FigureRenderer figures,
			InternalLinks links, boolean keyPointsRequired, List<ContentProblem> problems) {
		Element body = Fragments.parse(markdown.toHtml(source.markdown()));
		LinkPolicy.apply(body);
		for (Element link : body.select("a[href]")) {
			links.add(source.file(), lineOf(link, source), page, link.attr("href"));
		}
		Element keyPoints = KeyPoints.mark(body, source, keyPointsRequired, problems).orElse(null);
		List<Heading> headings = assignHeadingIds(body, source, ids, keyPoints, problems);
		insertFigures(body, ids, figures);
		// After the figures, so that their citations are numbered like all others.
		markCitations(body);
		wrapTables(body);
		for (TextNode text : Fragments.textNodes(body)) {
			if (text.text().contains(Citations.OPENING)) {
				problems.add(new ContentProblem(source.file(), lineOf(text, source), "citation",
						"citations cannot be used inside code, links or the labels of a figure's drawing"));
			}
		}
		for (Element element : body.select("[" + SOURCE_POSITION + "]")) {
			element.removeAttr(SOURCE_POSITION);
		}
		return new RenderedTree(body, headings);
	}

	/** A rendered body still as a tree, with its headings. */
	record RenderedTree(Element body, List<Heading> headings) {

		RenderedFragment fragment() {
			return new RenderedFragment(body.html(), headings);
		}

	}

	/** Gives each heading its id; the key points' heading, if any, takes {@link KeyPoints#ID}, which no other may. */
	private static List<Heading> assignHeadingIds(Element body, MarkdownSource<?> source, HeadingIds ids,
			Element keyPoints, List<ContentProblem> problems) {
		List<Heading> headings = new ArrayList<>();
		for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
			int level = Integer.parseInt(heading.tagName().substring(1));
			if (level == 1 || level > 3) {
				problems.add(new ContentProblem(source.file(), lineOf(heading, source), "heading",
						"use ## and ### only; the title comes from the front matter"));
				continue;
			}
			String id = null;
			TextNode last = lastText(heading);
			Matcher explicit = (last != null) ? EXPLICIT_ID.matcher(last.getWholeText()) : null;
			if (explicit != null && explicit.find()) {
				id = explicit.group(1);
				last.text(last.getWholeText().substring(0, explicit.start()));
				if (HeadingIds.RESERVED_PREFIXES.stream().anyMatch(id::startsWith)) {
					problems.add(new ContentProblem(source.file(), lineOf(heading, source), "heading",
							"id '" + id + "' starts like the ids of citations, references, figures and glossary terms ("
									+ String.join(", ", HeadingIds.RESERVED_PREFIXES.stream().sorted().toList())
									+ "); choose another"));
				}
				else if (!ids.claimExplicit(id)) {
					problems.add(new ContentProblem(source.file(), lineOf(heading, source), "heading",
							"id '" + id + "' is already used elsewhere in the article"));
				}
			}
			String text = heading.text().strip();
			if (heading == keyPoints) {
				id = KeyPoints.ID;
			}
			else if (id == null) {
				id = ids.claimFor(text);
			}
			heading.id(id);
			heading.appendChild(new Element("a").addClass("permalink")
				.attr("href", "#" + id)
				.attr("aria-label", ReaderText.HEADING_PERMALINK.text())
				.text("#"));
			headings.add(new Heading(level, id, text));
		}
		return headings;
	}

	/** Replaces each paragraph that holds only a figure placeholder with the figure. */
	private static void insertFigures(Element body, HeadingIds ids, FigureRenderer figures) {
		for (Element paragraph : body.select("> p")) {
			FigurePlaceholder.ofParagraph(paragraph.text())
				.ifPresent((placeholder) -> paragraph.replaceWith(figures.render(placeholder, ids::claimUnique)));
		}
	}

	/**
	 * Puts each table in a labelled, focusable region that scrolls on its own on narrow screens,
	 * so keyboard users can scroll it and the table keeps its table semantics. The region is
	 * named by the table's caption when it has one, else by the heading above it.
	 */
	private static void wrapTables(Element body) {
		for (Element table : body.select("table")) {
			Element caption = table.selectFirst("> caption[id]");
			String label = (caption == null) ? labelFromHeading(table) : null;
			table.wrap("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"></div>");
			if (caption != null) {
				table.parent().attr("aria-labelledby", caption.id());
			}
			else {
				table.parent().attr("aria-label", label);
			}
		}
	}

	private static String labelFromHeading(Element table) {
		for (Element before = table.previousElementSibling(); before != null; before = before.previousElementSibling()) {
			if (before.is("h2, h3")) {
				return "Table: " + before.ownText().strip();
			}
		}
		return "Table";
	}

	/**
	 * Puts a placeholder for each citation (not in code, links or drawings): {@code <sup
	 * class="citation" data-cite="keys" data-citation="as written">}, numbered once the page is
	 * known ({@link CitationNumbering}).
	 */
	static void markCitations(Element body) {
		for (TextNode text : Fragments.textNodes(body)) {
			Element parent = text.parent();
			// Not in a figure's drawing either: a citation marker is HTML, which SVG cannot hold.
			if (parent != null && parent.closest("code, pre, a, svg") != null) {
				continue;
			}
			String value = text.getWholeText();
			List<int[]> spans = new ArrayList<>();
			List<Citation> citations = new ArrayList<>();
			Citations.forEachCitation(value, (start, end, citation, problems) -> {
				spans.add(new int[] { start, end });
				citations.add(citation);
			});
			if (spans.isEmpty()) {
				continue;
			}
			List<Integer> order = new ArrayList<>();
			for (int i = 0; i < spans.size(); i++) {
				order.add(i);
			}
			order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
			List<Node> replacement = new ArrayList<>();
			int end = 0;
			for (int i : order) {
				int[] span = spans.get(i);
				if (span[0] > end) {
					replacement.add(new TextNode(value.substring(end, span[0])));
				}
				Citation citation = citations.get(i);
				if (!citation.narrative()) {
					// A word joiner keeps the marker on the line of the word it follows.
					replacement.add(new TextNode("\u2060"));
				}
				replacement.add(new Element("sup").addClass("citation")
					.attr("data-cite", String.join(" ", citation.keys()))
					.attr("data-citation", value.substring(span[0], span[1])));
				end = span[1];
			}
			if (end < value.length()) {
				replacement.add(new TextNode(value.substring(end)));
			}
			for (Node node : replacement) {
				text.before(node);
			}
			text.remove();
		}
	}

	private static TextNode lastText(Element element) {
		List<TextNode> texts = element.textNodes();
		return texts.isEmpty() ? null : texts.get(texts.size() - 1);
	}

	/** The source line of a node, from the nearest block flexmark marked with its offsets. */
	static int lineOf(Node node, MarkdownSource<?> source) {
		Element block = (node instanceof Element element) ? element : (Element) node.parent();
		Element marked = (block != null) ? block.closest("[" + SOURCE_POSITION + "]") : null;
		if (marked == null) {
			return source.bodyFirstLine();
		}
		String position = marked.attr(SOURCE_POSITION);
		int dash = position.indexOf('-');
		return source.lineAt(Integer.parseInt(dash > 0 ? position.substring(0, dash) : position));
	}

}
