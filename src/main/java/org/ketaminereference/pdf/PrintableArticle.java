package org.ketaminereference.pdf;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.ketaminereference.text.ReaderText;

/**
 * The one-page article as a document for print: the {@code /article} page as rendered for the
 * web, with what only a screen needs taken out (site header and navigation, scripts, permalinks,
 * back-links, the hidden term definitions, the citation downloads) and what paper needs put in
 * (the print stylesheet, PDF bookmarks from the contents list, links made absolute). Text,
 * figures, citation numbers and the reference list are the page's own, so the PDF says exactly
 * what the page says.
 */
final class PrintableArticle {

	/** The print stylesheet: page size, margins, page numbers, fonts. */
	private static final String STYLESHEET = "article.css";

	/** Colours for the figures' SVG, which Batik draws without the page's stylesheet. */
	private static final String FIGURE_STYLESHEET = "figures.css";

	private static final Pattern VIEW_BOX = Pattern.compile("0 0 ([0-9.]+) ([0-9.]+)");

	/** The widest a figure is drawn, in CSS pixels (the site's {@code max-width: 24rem} for print). */
	private static final double FIGURE_WIDTH = 384;

	/** The tallest: well under a page, so that a tall figure does not leave most of one empty. */
	private static final double FIGURE_HEIGHT = 540;

	private PrintableArticle() {
	}

	/**
	 * The print document made from the {@code /article} page's HTML.
	 * @param paper the page size the stylesheet sets
	 */
	static Document of(String articleHtml, PaperSize paper) {
		Document page = Jsoup.parse(articleHtml);
		String canonical = page.selectFirst("link[rel=canonical]").attr("href");
		String baseUrl = canonical.substring(0, canonical.length() - "/article".length());
		Element article = page.selectFirst("article.whole-article");
		Element contents = page.selectFirst("nav[aria-labelledby=toc-title]");
		Element disclaimer = page.selectFirst("#disclaimer");

		Document print = Document.createShell(baseUrl);
		print.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
		Element html = print.selectFirst("html").attr("lang", "en");
		Element head = print.head();
		head.appendElement("meta").attr("charset", "utf-8");
		head.appendElement("title").text(page.selectFirst("#page-title").text());
		head.appendElement("meta").attr("name", "subject").attr("content", page.selectFirst("meta[name=description]").attr("content"));
		head.appendElement("meta").attr("name", "author").attr("content", page.selectFirst("#page-title").text());
		head.appendElement("style").appendText(css(STYLESHEET).replace("@page {", "@page {\n  size: "
				+ paper.widthMm() + "mm " + paper.heightMm() + "mm;"));
		head.appendChild(bookmarks(contents));

		Element body = print.body();
		Element title = article.selectFirst("#page-title");
		body.appendChild(title.clone());
		body.appendElement("p").addClass("source").text(ReaderText.PDF_SOURCE.text(canonical));
		if (disclaimer != null) {
			body.appendChild(disclaimer.clone().addClass("front-disclaimer"));
		}
		if (contents != null) {
			Element list = contents.clone().addClass("contents");
			list.selectFirst("ol").appendElement("li").appendElement("a").attr("href", "#references")
				.text(ReaderText.REFERENCES_TITLE.text());
			body.appendChild(list);
		}
		title.remove();
		for (Element part : article.children()) {
			body.appendChild(part.clone());
		}
		forPrint(body, baseUrl);
		html.attr("xmlns", "http://www.w3.org/1999/xhtml");
		return print;
	}

	/**
	 * {@code <bookmarks>} for openhtmltopdf: the PDF's outline, the contents list's tree with the
	 * references and the citation after it.
	 */
	private static Element bookmarks(Element contents) {
		Element bookmarks = new Element("bookmarks");
		if (contents != null) {
			addBookmarks(bookmarks, contents.selectFirst("ol"));
		}
		bookmarks.appendElement("bookmark").attr("name", ReaderText.REFERENCES_TITLE.text()).attr("href", "#references");
		return bookmarks;
	}

	private static void addBookmarks(Element parent, Element list) {
		if (list == null) {
			return;
		}
		for (Element item : list.children()) {
			Element link = item.selectFirst("> a");
			if (link == null) {
				continue;
			}
			Element bookmark = parent.appendElement("bookmark").attr("name", link.text()).attr("href", link.attr("href"));
			addBookmarks(bookmark, item.selectFirst("> ol"));
		}
	}

	/** Takes out what only works on a screen and makes what is left print. */
	private static void forPrint(Element body, String baseUrl) {
		body.select("script, [hidden], .permalink, .backlinks, .visually-hidden, .citation-files, .citation-files-intro, "
				+ ".anchor-alias, .cite-accessed, .article-pdf, .back-to-top").remove();
		body.select("h2#toc-title").remove();
		// Collapsed on screen, always open on paper.
		for (Element details : body.select("details")) {
			details.tagName("div").addClass("details");
		}
		body.select("summary").tagName("p").addClass("summary");
		for (Element link : body.select("a[href]")) {
			String href = link.attr("href");
			if (href.startsWith("/")) {
				link.attr("href", baseUrl + href);
			}
		}
		// Interactive roles mean nothing in a PDF.
		body.select("[tabindex]").removeAttr("tabindex");
		sizeFigures(body.select("svg"));
	}

	/**
	 * Gives each figure its size in pixels and its colours: Batik draws the SVG apart from the
	 * page, so it sees neither the column's width nor the page's stylesheet.
	 */
	private static void sizeFigures(Elements figures) {
		String style = css(FIGURE_STYLESHEET);
		for (Element svg : figures) {
			Matcher box = VIEW_BOX.matcher(svg.attr("viewBox"));
			if (box.matches()) {
				double width = Double.parseDouble(box.group(1));
				double height = Double.parseDouble(box.group(2));
				double scale = Math.min(1, Math.min(FIGURE_WIDTH / width, FIGURE_HEIGHT / height));
				svg.attr("width", String.valueOf(Math.round(width * scale)));
				svg.attr("height", String.valueOf(Math.round(height * scale)));
			}
			svg.prependElement("style").attr("type", "text/css").appendText(style);
		}
	}

	private static String css(String resource) {
		return new String(Resources.read(resource), StandardCharsets.UTF_8);
	}

}
