package org.ketaminereference.render;

import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown to HTML with flexmark, configured once and shared (its parser and renderer are
 * thread-safe). Raw HTML in the Markdown is escaped, never passed through; links are checked
 * afterwards by {@link LinkPolicy} on the HTML, which covers every kind of link node.
 */
final class MarkdownRenderer {

	private final Parser parser;

	private final HtmlRenderer renderer;

	MarkdownRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		// Heading ids are assigned across the whole article by HeadingIds, not per file.
		options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
		options.set(HtmlRenderer.RENDER_HEADER_ID, false);
		options.set(TablesExtension.WITH_CAPTION, false);
		options.set(HtmlRenderer.SOURCE_POSITION_ATTRIBUTE, SourceRenderer.SOURCE_POSITION);
		options.toImmutable();
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options).build();
	}

	String toHtml(String markdown) {
		return renderer.render(parser.parse(markdown));
	}

}
