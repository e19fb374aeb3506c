package org.ketaminereference.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.ketaminereference.routes.Routes;

/**
 * Reads a content directory into {@link Content}, or fails with every problem found:
 *
 * <pre>
 * article.md          the article's title, lead and site-wide text
 * about.md            the about page
 * sections/*.md       one file per section
 * references.yaml     the bibliography (CSL-YAML)
 * glossary.yaml       the technical terms and their plain definitions
 * facts.yaml          optional: the cited facts of the "At a glance" box
 * search-names.yaml   optional: spellings and names that search treats as one word
 * timeline.yaml, mechanisms-diagram.yaml, evidence-tables.yaml
 *                     optional data behind the figures
 * </pre>
 *
 * Plain Java without Spring, so that {@code --check} and tests can use it directly.
 */
public final class ContentLoader {

	/** Larger files are refused: the article's sections are a few kilobytes each. */
	public static final long MAX_FILE_BYTES = 512 * 1024;

	static final String ARTICLE_FILE = "article.md";

	static final String ABOUT_FILE = "about.md";

	static final String SECTIONS_DIR = "sections";

	static final String REFERENCES_FILE = "references.yaml";

	static final String GLOSSARY_FILE = "glossary.yaml";

	private final YamlBinder binder = new YamlBinder();

	private final FigureDataLoader figureLoader = new FigureDataLoader(binder);

	private final FactsLoader factsLoader = new FactsLoader(binder);

	/**
	 * Loads and validates the content in {@code directory}.
	 * @throws InvalidContentException listing every problem found
	 */
	public Content load(Path directory) {
		Problems problems = new Problems();
		if (!Files.isDirectory(directory)) {
			problems.add(directory.toString(), 0, "", "content directory not found");
			problems.throwIfAny();
		}
		Set<String> knownKeys = new HashSet<>();
		List<Reference> references = loadReferences(directory, knownKeys, problems);
		Optional<MarkdownSource<ArticleMetadata>> article = loadMarkdown(directory, ARTICLE_FILE,
				ArticleMetadata.class, problems);
		Optional<MarkdownSource<PageMetadata>> about = loadMarkdown(directory, ABOUT_FILE, PageMetadata.class,
				problems);
		List<MarkdownSource<SectionMetadata>> sections = loadSections(directory, problems);
		FigureData figures = figureLoader.load(directory, knownKeys, references, problems);
		Facts facts = factsLoader.load(directory, knownKeys, problems);
		List<GlossaryTerm> glossary = loadGlossary(directory, problems);
		SearchNames searchNames = new SearchNamesLoader().load(directory, problems);

		List<MarkdownSource<?>> sources = new ArrayList<>();
		article.ifPresent(sources::add);
		about.ifPresent(sources::add);
		sources.addAll(sections);
		for (MarkdownSource<?> source : sources) {
			checkCitations(source, knownKeys, problems);
			figureLoader.checkPlaceholders(source, figures, problems);
		}
		checkSlugs(sections, problems);
		problems.throwIfAny();
		return new Content(article.orElseThrow(), about.orElseThrow(), sections, references, figures, facts, glossary,
				searchNames);
	}

	/**
	 * Reads the bibliography. {@code knownKeys} receives the id of every entry, valid or not, so
	 * that one broken entry is reported once and not again at each place it is cited.
	 */
	private List<Reference> loadReferences(Path directory, Set<String> knownKeys, Problems problems) {
		Optional<YamlList> list = readList(directory, REFERENCES_FILE, "references", "CSL entries", problems);
		if (list.isEmpty()) {
			return List.of();
		}
		YamlDocument document = list.get().document();
		List<?> items = list.get().items();
		List<Reference> references = new ArrayList<>();
		Map<String, Integer> firstLineOfId = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			String path = "references[" + i + "]";
			if (items.get(i) instanceof Map<?, ?> item && item.get("id") != null) {
				knownKeys.add(String.valueOf(item.get("id")));
			}
			Optional<Reference> reference = binder.bind(items.get(i), document, path, Reference.class,
					REFERENCES_FILE, problems);
			if (reference.isEmpty()) {
				continue;
			}
			int line = document.lineOf(path + ".id");
			Integer earlier = firstLineOfId.putIfAbsent(reference.get().id(), line);
			if (earlier != null) {
				problems.add(REFERENCES_FILE, line, "id",
						"'" + reference.get().id() + "' is already used on line " + earlier);
				continue;
			}
			references.add(reference.get());
		}
		return references;
	}

	/**
	 * Reads the glossary. Each form of a term (the term, its abbreviation, an alias) may belong to
	 * one term only, compared without case: otherwise a word in the text would have two meanings.
	 */
	private List<GlossaryTerm> loadGlossary(Path directory, Problems problems) {
		Optional<YamlList> list = readList(directory, GLOSSARY_FILE, "terms", "terms", problems);
		if (list.isEmpty()) {
			return List.of();
		}
		YamlDocument document = list.get().document();
		List<?> items = list.get().items();
		List<GlossaryTerm> terms = new ArrayList<>();
		Map<String, String> ownerOfForm = new HashMap<>();
		Map<String, Integer> lineOfId = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			String path = "terms[" + i + "]";
			Optional<GlossaryTerm> bound = binder.bind(items.get(i), document, path, GlossaryTerm.class, GLOSSARY_FILE,
					problems);
			if (bound.isEmpty()) {
				continue;
			}
			GlossaryTerm term = bound.get();
			int line = document.lineOf(path + ".term");
			if (term.id().equals("term-")) {
				problems.add(GLOSSARY_FILE, line, path + ".term", "must contain letters or digits");
				continue;
			}
			Integer earlier = lineOfId.putIfAbsent(term.id(), line);
			if (earlier != null) {
				problems.add(GLOSSARY_FILE, line, path + ".term",
						"'" + term.term() + "' has the same anchor as the term on line " + earlier);
				continue;
			}
			boolean valid = true;
			for (String form : term.forms()) {
				String owner = ownerOfForm.putIfAbsent(form.toLowerCase(Locale.ROOT), term.term());
				if (owner != null) {
					String field = fieldOfForm(path, term, form);
					problems.add(GLOSSARY_FILE, document.lineOf(field), field,
							"'" + form + "' is already a form of '" + owner + "'");
					valid = false;
				}
			}
			if (valid) {
				terms.add(term);
			}
		}
		return terms;
	}

	private static String fieldOfForm(String path, GlossaryTerm term, String form) {
		if (form.equals(term.term())) {
			return path + ".term";
		}
		if (form.equals(term.abbreviation())) {
			return path + ".abbreviation";
		}
		return path + ".aliases[" + term.aliases().indexOf(form) + "]";
	}

	/** A YAML file whose root holds one list under a known key. */
	private record YamlList(YamlDocument document, List<?> items) {
	}

	private static Optional<YamlList> readList(Path directory, String file, String key, String what,
			Problems problems) {
		Optional<String> text = read(directory, file, problems);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<YamlDocument> document = parseYaml(text.get(), 1, file, problems);
		if (document.isEmpty()) {
			return Optional.empty();
		}
		if (!(document.get().data() instanceof Map<?, ?> root) || !(root.get(key) instanceof List<?> items)) {
			problems.add(file, 1, key, "must be a list of " + what + " under '" + key + ":'");
			return Optional.empty();
		}
		return Optional.of(new YamlList(document.get(), items));
	}

	private List<MarkdownSource<SectionMetadata>> loadSections(Path directory, Problems problems) {
		Path sectionsDir = directory.resolve(SECTIONS_DIR);
		if (!Files.isDirectory(sectionsDir)) {
			problems.add(SECTIONS_DIR, 0, "", "folder not found; it must hold one Markdown file per section");
			return List.of();
		}
		List<String> files;
		try (Stream<Path> listing = Files.list(sectionsDir)) {
			files = listing.map((path) -> path.getFileName().toString())
				.filter((name) -> name.endsWith(".md"))
				.sorted()
				.map((name) -> SECTIONS_DIR + "/" + name)
				.toList();
		}
		catch (IOException ex) {
			problems.add(SECTIONS_DIR, 0, "", "cannot be listed: " + ex.getMessage());
			return List.of();
		}
		if (files.isEmpty()) {
			problems.add(SECTIONS_DIR, 0, "", "has no .md files; the article needs at least one section");
		}
		List<MarkdownSource<SectionMetadata>> sections = new ArrayList<>();
		for (String file : files) {
			loadMarkdown(directory, file, SectionMetadata.class, problems).ifPresent(sections::add);
		}
		sections.sort(Comparator.comparing((MarkdownSource<SectionMetadata> source) -> source.metadata().order())
			.thenComparing(MarkdownSource::file));
		return sections;
	}

	private <M> Optional<MarkdownSource<M>> loadMarkdown(Path directory, String file, Class<M> type,
			Problems problems) {
		Optional<String> text = read(directory, file, problems);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<FrontMatter> frontMatter = FrontMatter.split(text.get(), file, problems);
		if (frontMatter.isEmpty()) {
			return Optional.empty();
		}
		FrontMatter parts = frontMatter.get();
		Optional<YamlDocument> document = parseYaml(parts.yaml(), parts.yamlFirstLine(), file, problems);
		if (document.isEmpty()) {
			return Optional.empty();
		}
		if (!(document.get().data() instanceof Map<?, ?>)) {
			problems.add(file, parts.yamlFirstLine(), "", "front matter must be fields like 'title: ...'");
			return Optional.empty();
		}
		return binder.bind(document.get().data(), document.get(), "", type, file, problems)
			.map((metadata) -> new MarkdownSource<>(file, metadata, parts.body(), parts.bodyFirstLine(),
					document.get().topLevelLines()));
	}

	static Optional<YamlDocument> parseYaml(String text, int firstLine, String file, Problems problems) {
		try {
			return Optional.of(YamlDocument.parse(text, firstLine));
		}
		catch (YamlDocument.MalformedYamlException ex) {
			problems.add(file, ex.line(), "", ex.getMessage());
			return Optional.empty();
		}
	}

	static Optional<String> read(Path directory, String file, Problems problems) {
		Path path = directory.resolve(file);
		try {
			if (!Files.isRegularFile(path)) {
				problems.add(file, 0, "", "file not found");
				return Optional.empty();
			}
			long size = Files.size(path);
			if (size > MAX_FILE_BYTES) {
				problems.add(file, 0, "", "file is " + size + " bytes; the limit is " + MAX_FILE_BYTES);
				return Optional.empty();
			}
			byte[] bytes = Files.readAllBytes(path);
			String text = decodeUtf8(bytes, file, problems);
			if (text == null) {
				return Optional.empty();
			}
			if (text.isBlank()) {
				problems.add(file, 1, "", "file is empty");
				return Optional.empty();
			}
			// A byte order mark would hide the opening '---' of the front matter.
			return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
		catch (IOException ex) {
			problems.add(file, 0, "", "cannot be read: " + ex.getMessage());
			return Optional.empty();
		}
	}

	private static String decodeUtf8(byte[] bytes, String file, Problems problems) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			int line = 1 + lineOfFirstBadByte(bytes);
			problems.add(file, line, "", "is not valid UTF-8; save the file as UTF-8");
			return null;
		}
	}

	private static int lineOfFirstBadByte(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes);
		var output = CharBuffer.allocate(bytes.length + 1);
		var result = decoder.decode(input, output, true);
		int newlines = 0;
		for (int i = 0; i < input.position(); i++) {
			if (bytes[i] == '\n') {
				newlines++;
			}
		}
		return result.isError() ? newlines : 0;
	}

	private static void checkCitations(MarkdownSource<?> source, Set<String> knownKeys, Problems problems) {
		for (Citations.Mistake mistake : Citations.mistakesIn(source.markdown(), knownKeys)) {
			problems.add(source.file(), source.lineAt(mistake.offset()), "citation", mistake.message());
		}
	}

	private static void checkSlugs(List<MarkdownSource<SectionMetadata>> sections, Problems problems) {
		Map<String, String> owners = new HashMap<>();
		// Every slug first, then the aliases: an alias that takes a later section's slug is the
		// mistake, and the problem must point at the alias, not at the innocent slug.
		for (MarkdownSource<SectionMetadata> section : sections) {
			claimName(section.metadata().slug(), "slug", section, owners, problems);
		}
		for (MarkdownSource<SectionMetadata> section : sections) {
			section.metadata().aliases().forEach((alias) -> claimName(alias, "aliases", section, owners, problems));
		}
		Map<Integer, String> orders = new HashMap<>();
		for (MarkdownSource<SectionMetadata> section : sections) {
			String owner = orders.putIfAbsent(section.metadata().order(), section.file());
			if (owner != null) {
				problems.add(section.file(), section.lineOf("order"), "order",
						section.metadata().order() + " is already used by " + owner);
			}
		}
	}

	private static void claimName(String name, String field, MarkdownSource<SectionMetadata> section,
			Map<String, String> owners, Problems problems) {
		if (Routes.RESERVED_SLUGS.contains(name)) {
			problems.add(section.file(), section.lineOf(field), field,
					"'" + name + "' is reserved for a page of the site");
			return;
		}
		String owner = owners.putIfAbsent(name, section.file());
		if (owner != null) {
			problems.add(section.file(), section.lineOf(field), field, "'" + name + "' is already used by " + owner);
		}
	}

}
