import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What each part of a page costs in gzip bytes (level 9, as the site compresses): for each part,
 * the page is written again without it and compressed again, and the difference is the part's
 * cost. Parts overlap (the citation markup is inside the body text), so the costs do not add up
 * to the page. The last rows are floors: the page's visible text alone, compressed.
 *
 * Run from the project directory on an export (java -jar target/ketamine-reference.jar --export DIR):
 * java -cp ~/.m2/repository/org/jsoup/jsoup/1.21.2/jsoup-1.21.2.jar bench/PageParts.java DIR [PATH...]
 */
public class PageParts {

	private static final List<String> DEFAULT_PAGES = List.of("/", "/about", "/history", "/mental-health",
			"/mechanisms", "/risks", "/esketamine");

	/** Each part, and how to take it out of a copy of the page. */
	private static final Map<String, Consumer<Document>> PARTS = new LinkedHashMap<>();

	static {
		PARTS.put("JSON-LD", remove("script[type=application/ld+json]"));
		PARTS.put("Open Graph and Twitter tags", remove("meta[property^=og:], meta[name^=twitter:]"));
		PARTS.put("header (title, menu, theme, search)", remove("header.site-header"));
		PARTS.put("contents list (both copies)", remove(".toc"));
		PARTS.put("contents list (wide copy only)", remove(".toc-wide"));
		PARTS.put("breadcrumbs, reviewed, what changed", remove("nav.breadcrumbs, p.reviewed, details.changes"));
		PARTS.put("key points", remove("h2.key-points, ul.key-points"));
		PARTS.put("body text (.prose, all of it)", remove(".prose"));
		PARTS.put("citation markers (all)", remove("sup.citation"));
		PARTS.put("citation markup (markers kept as text)", unwrap("sup.citation"));
		PARTS.put("citation role attributes", removeAttribute("sup.citation a", "role"));
		PARTS.put("heading self-links", remove("a.permalink"));
		PARTS.put("glossary term marking (links kept as text)", unwrap("a.term"));
		PARTS.put("glossary definitions (hidden)", remove(".term-definitions"));
		PARTS.put("figures", remove("figure"));
		PARTS.put("figures' inline SVG", remove("figure svg"));
		PARTS.put("tables", remove(".table-wrap"));
		PARTS.put("reference list", remove("section.references"));
		PARTS.put("reference back-links", remove("section.references .backlinks"));
		PARTS.put("reference PubMed links", remove("section.references .identifiers"));
		PARTS.put("cite this page", remove("section.cite-this-page"));
		PARTS.put("facts box", remove("section.facts"));
		PARTS.put("section cards (landing page)", remove("ol.section-cards"));
		PARTS.put("section cards' contents lists", remove("ol.card-contents"));
		PARTS.put("previous / next", remove("nav.prev-next"));
		PARTS.put("footer", remove("footer.site-footer"));
		PARTS.put("class attributes", removeAttribute("body [class]", "class"));
		PARTS.put("aria-label attributes", removeAttribute("[aria-label]", "aria-label"));
		PARTS.put("whitespace between tags", PageParts::collapseWhitespace);
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: java -cp jsoup.jar bench/PageParts.java EXPORT_DIR [PATH...]");
			System.exit(2);
		}
		Path export = Path.of(args[0]);
		List<String> pages = (args.length > 1) ? List.of(args).subList(1, args.length) : DEFAULT_PAGES;
		Map<String, Map<String, Integer>> costs = new LinkedHashMap<>();
		for (String path : pages) {
			Path file = export.resolve(path.substring(1)).resolve("index.html");
			byte[] original = Files.readAllBytes(file);
			Document page = Jsoup.parse(new String(original, StandardCharsets.UTF_8));
			page.outputSettings().prettyPrint(false);
			int whole = gzip(page.outerHtml());
			Map<String, Integer> row = new LinkedHashMap<>();
			row.put("whole page (file as exported)", gzip(original));
			row.put("whole page (as re-written here)", whole);
			PARTS.forEach((name, takeOut) -> {
				Document copy = page.clone();
				takeOut.accept(copy);
				row.put(name, whole - gzip(copy.outerHtml()));
			});
			row.put("floor: visible text of the page", gzip(page.body().text()));
			row.put("floor: visible text of <main>", page.selectFirst("main") == null ? 0 : gzip(page.selectFirst("main").text()));
			costs.put(path, row);
		}
		print(pages, costs);
	}

	private static void print(List<String> pages, Map<String, Map<String, Integer>> costs) {
		StringBuilder table = new StringBuilder("| Part (gzip bytes) |");
		pages.forEach((path) -> table.append(' ').append(path).append(" |"));
		table.append("\n| --- |");
		pages.forEach((path) -> table.append(" ---: |"));
		table.append('\n');
		for (String part : costs.get(pages.get(0)).keySet()) {
			table.append("| ").append(part).append(" |");
			for (String path : pages) {
				table.append(' ').append(costs.get(path).get(part)).append(" |");
			}
			table.append('\n');
		}
		System.out.print(table);
	}

	private static Consumer<Document> remove(String selector) {
		return (page) -> page.select(selector).remove();
	}

	/** Replaces each element with its text, as if it had no markup. */
	private static Consumer<Document> unwrap(String selector) {
		return (page) -> page.select(selector).forEach((element) -> element.replaceWith(new TextNode(element.text())));
	}

	private static Consumer<Document> removeAttribute(String selector, String attribute) {
		return (page) -> page.select(selector).removeAttr(attribute);
	}

	/** Runs of white space between tags become one newline (text inside pre and script is left). */
	private static void collapseWhitespace(Document page) {
		List<TextNode> blank = new ArrayList<>();
		page.traverse((node, depth) -> {
			if (node instanceof TextNode text && text.isBlank() && !inside(text, "pre, textarea, script")) {
				blank.add(text);
			}
		});
		blank.forEach((text) -> text.text(text.getWholeText().contains("\n") ? "\n" : " "));
	}

	private static boolean inside(Node node, String selector) {
		return node.parent() instanceof Element parent && parent.closest(selector) != null;
	}

	private static int gzip(String html) {
		return gzip(html.getBytes(StandardCharsets.UTF_8));
	}

	private static int gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.size();
	}

}
