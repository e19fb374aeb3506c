import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a synthetic content directory with a given number of sections, for measuring how the
 * site's costs grow with its content. Each section is shaped like the real ones: about 1,200
 * words under five headings with subheadings, every paragraph citing sources from the real
 * content/references.yaml (at least eight distinct per section), and a table in every third
 * section. The text is filler, the structure is valid content that loads without problems; the
 * bibliography, glossary and about page are the real ones.
 *
 * Run from the project directory: java bench/SyntheticContent.java TARGET_DIR SECTIONS
 */
public class SyntheticContent {

	private static final String[] WORDS = ("the study measured dose response onset duration patients clinicians trial "
			+ "placebo effect evidence review sample group week day hour risk benefit outcome symptom rating scale "
			+ "change baseline follow up report analysis method result data infusion nasal oral route plasma level "
			+ "receptor brain signal memory mood sleep pain surgery recovery monitoring safety guidance label").split(" ");

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: java bench/SyntheticContent.java TARGET_DIR SECTIONS");
			System.exit(2);
		}
		Path target = Path.of(args[0]);
		int sections = Integer.parseInt(args[1]);
		Path source = Path.of("content");
		String references = Files.readString(source.resolve("references.yaml"));
		List<String> keys = new ArrayList<>();
		Matcher id = Pattern.compile("(?m)^- id: (\\S+)$").matcher(references);
		while (id.find()) {
			keys.add(id.group(1));
		}
		if (keys.size() < 8) {
			throw new IllegalStateException("content/references.yaml has fewer than 8 entries");
		}
		Files.createDirectories(target.resolve("sections"));
		Files.writeString(target.resolve("references.yaml"), references);
		Files.copy(source.resolve("about.md"), target.resolve("about.md"));
		Files.copy(source.resolve("glossary.yaml"), target.resolve("glossary.yaml"));
		Files.writeString(target.resolve("article.md"), article(sections, keys));
		Random random = new Random(sections);
		for (int n = 1; n <= sections; n++) {
			Files.writeString(target.resolve("sections").resolve("%04d-section-%d.md".formatted(n, n)),
					section(n, keys, random));
		}
		System.out.println("wrote " + sections + " sections to " + target);
	}

	private static String article(int sections, List<String> keys) {
		StringBuilder lead = new StringBuilder("""
				---
				title: "Synthetic article"
				summary: Synthetic content for measuring how the site grows with its sections.
				lastReviewed: 2026-01-01
				disclaimer: This is synthetic text for benchmarks, not medical advice.
				crisisText: If you are in crisis, contact your local emergency services.
				---

				""");
		lead.append("This synthetic article has ").append(sections).append(" sections.[@").append(keys.get(0))
			.append("]\n\n");
		for (int n = 1; n <= Math.min(sections, 5); n++) {
			lead.append("[Section ").append(n).append("](/section-").append(n).append(") is one of them.[@")
				.append(keys.get(n % keys.size())).append("]\n\n");
		}
		return lead.toString();
	}

	private static String section(int n, List<String> keys, Random random) {
		StringBuilder text = new StringBuilder("""
				---
				title: Section %1$d
				slug: section-%1$d
				order: %1$d
				summary: Synthetic section %1$d, shaped like a real section of the article.
				lastReviewed: 2026-01-01
				crisisNotice: %2$s
				aliases: []
				changes:
				  - date: 2026-01-01
				    summary: First published.
				---

				""".formatted(n, n % 4 == 0));
		int cite = n;
		text.append(paragraph(random, keys, cite++));
		for (int h = 1; h <= 5; h++) {
			text.append("## Topic ").append(h).append(" of section ").append(n).append("\n\n");
			text.append(paragraph(random, keys, cite++)).append(paragraph(random, keys, cite++));
			text.append("### Detail ").append(h).append(" of section ").append(n).append("\n\n");
			text.append(paragraph(random, keys, cite++));
			if (h == 3 && n % 3 == 0) {
				text.append("| Measure | Before | After |\n| --- | --- | --- |\n");
				for (int row = 1; row <= 4; row++) {
					text.append("| Scale ").append(row).append(" | ").append(10 + random.nextInt(20)).append(" | ")
						.append(random.nextInt(20)).append(" |\n");
				}
				text.append('\n').append(paragraph(random, keys, cite++));
			}
		}
		return text.toString();
	}

	/** About 75 words in three sentences, the last ending with one or two citations. */
	private static String paragraph(Random random, List<String> keys, int cite) {
		StringBuilder text = new StringBuilder();
		for (int sentence = 0; sentence < 3; sentence++) {
			int words = 20 + random.nextInt(10);
			for (int w = 0; w < words; w++) {
				String word = WORDS[random.nextInt(WORDS.length)];
				text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
				text.append(w == words - 1 ? "." : " ");
			}
			text.append(sentence < 2 ? " " : "");
		}
		String first = keys.get(cite % keys.size());
		String second = keys.get((cite * 7 + 3) % keys.size());
		text.append(random.nextBoolean() || first.equals(second) ? "[@" + first + "]" : "[@" + first + "; @" + second + "]");
		return text.append("\n\n").toString();
	}

}
