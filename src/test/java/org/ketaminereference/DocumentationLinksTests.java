package org.ketaminereference;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link between the README, the guides in {@code docs/} and {@code bench/README.md}
 * leads somewhere: the file exists, and a {@code #anchor} names a heading of the target as GitHub
 * makes its id. Links to other sites are not followed.
 */
class DocumentationLinksTests {

	private static final Parser PARSER = Parser.builder().build();

	@Test
	void everyRelativeLinkAndAnchorResolves() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path file : documents()) {
			for (String target : linkTargets(file)) {
				String problem = problem(file, target);
				if (problem != null) {
					broken.add(file + ": " + target + ": " + problem);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void theCheckSeesTheLinksItChecks() throws IOException {
		// Guards the test above against passing because it found nothing to check.
		assertThat(linkTargets(Path.of("README.md"))).contains("docs/authoring.md", "docs/images/section-page.png");
		assertThat(anchors(Path.of("docs/authoring.md"))).contains("front-matter-of-a-section",
				"checking-content-without-starting-the-site");
	}

	@Test
	void anchorsFollowGitHubSlugs() {
		assertThat(slugs(List.of("Adding a reference", "Caching at a CDN", "What `--check` does", "Pages",
				"Pages", "Targets (issue 7), and where/how"))).containsExactly("adding-a-reference",
						"caching-at-a-cdn", "what---check-does", "pages", "pages-1", "targets-issue-7-and-wherehow");
	}

	private static List<Path> documents() throws IOException {
		List<Path> files = new ArrayList<>(List.of(Path.of("README.md"), Path.of("bench/README.md")));
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(files::add);
		}
		return files;
	}

	private static String problem(Path from, String target) throws IOException {
		if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
			return null; // another site or a mailto: not this test's business
		}
		int hash = target.indexOf('#');
		String file = (hash < 0) ? target : target.substring(0, hash);
		Path resolved = file.isEmpty() ? from
				: from.toAbsolutePath().getParent().resolve(URLDecoder.decode(file, StandardCharsets.UTF_8)).normalize();
		if (!Files.exists(resolved)) {
			return "no such file";
		}
		if (hash < 0) {
			return null;
		}
		if (!resolved.toString().endsWith(".md")) {
			return "an anchor into a file that is not Markdown";
		}
		String anchor = target.substring(hash + 1);
		return anchors(resolved).contains(anchor) ? null : "no heading with the anchor #" + anchor;
	}

	private static List<String> linkTargets(Path file) throws IOException {
		List<String> targets = new ArrayList<>();
		visit(PARSER.parse(Files.readString(file)), (node) -> {
			if (node instanceof Link link) {
				targets.add(link.getUrl().toString());
			}
			else if (node instanceof Image image) {
				targets.add(image.getUrl().toString());
			}
		});
		return targets;
	}

	private static Set<String> anchors(Path file) throws IOException {
		List<String> headings = new ArrayList<>();
		visit(PARSER.parse(Files.readString(file)), (node) -> {
			if (node instanceof Heading heading) {
				headings.add(new TextCollectingVisitor().collectAndGetText(heading));
			}
		});
		return new HashSet<>(slugs(headings));
	}

	/**
	 * GitHub's heading ids: lower case, everything but letters, digits, spaces, hyphens and
	 * underscores dropped, spaces made hyphens, and a repeated id numbered from 1.
	 */
	private static List<String> slugs(List<String> headings) {
		Map<String, Integer> seen = new HashMap<>();
		List<String> slugs = new ArrayList<>();
		for (String heading : headings) {
			String slug = heading.toLowerCase(Locale.ROOT)
				.replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
				.trim()
				.replaceAll("\\s", "-");
			int count = seen.merge(slug, 1, Integer::sum);
			slugs.add((count == 1) ? slug : slug + "-" + (count - 1));
		}
		return slugs;
	}

	private static void visit(Node node, Consumer<Node> action) {
		action.accept(node);
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			visit(child, action);
		}
	}

}
