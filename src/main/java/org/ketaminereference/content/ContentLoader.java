package org.ketaminereference.content;

import java.io.IOException;
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
 * timeline.yaml, ...  optional: the data behind each kind of figure ({@link FigureSource})
 * </pre>
 *
 * Plain Java without Spring, so that {@code --check} and tests can use it directly.
 */
public final class ContentLoader {

	static final String ARTICLE_FILE = "article.md";

	static final String ABOUT_FILE = "about.md";

	static final String SECTIONS_DIR = "sections";

	static final String REFERENCES_FILE = "references.yaml";

	static final String GLOSSARY_FILE = "glossary.yaml";

	private final YamlBinder binder = new YamlBinder();

	private final FigureDataLoader figureLoader;

	private final FactsLoader factsLoader = new FactsLoader(binder);

	/**
	 * @param figureKinds the kinds of figure there are, in the order messages list them: the
	 * figures package lists them, above this one
	 */
	public ContentLoader(List<FigureSource<?>> figureKinds) {
		this.figureLoader = new FigureDataLoader(figureKinds, binder);
	}

	/**
	 * Loads and validates the content in {@code directory}.
	 * @throws InvalidContentException listing every problem found
	 */
	public Content load(Path directory) {
		Problems problems = new Problems();
		ContentFiles files = new ContentFiles(directory, problems);
		if (!Files.isDirectory(directory)) {
			problems.add(directory.toString(), 0, "", "content directory not found");
			problems.throwIfAny();
		}
		Set<String> knownKeys = new HashSet<>();
		List<Reference> references = loadReferences(files, knownKeys);
		Optional<MarkdownSource<ArticleMetadata>> article = loadMarkdown(files, ARTICLE_FILE, ArticleMetadata.class);
		Optional<MarkdownSource<PageMetadata>> about = loadMarkdown(files, ABOUT_FILE, PageMetadata.class);
		List<MarkdownSource<SectionMetadata>> sections = loadSections(directory, files);
		FigureData figures = figureLoader.load(files, knownKeys, references);
		Facts facts = factsLoader.load(files, knownKeys);
		List<GlossaryTerm> glossary = loadGlossary(files);
		SearchNames searchNames = new SearchNamesLoader().load(files);

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
	private List<Reference> loadReferences(ContentFiles files, Set<String> knownKeys) {
		Problems problems = files.problems();
		Optional<YamlList> list = readList(files, REFERENCES_FILE, "references", "CSL entries");
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
	private List<GlossaryTerm> loadGlossary(ContentFiles files) {
		Problems problems = files.problems();
		Optional<YamlList> list = readList(files, GLOSSARY_FILE, "terms", "terms");
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

	private static Optional<YamlList> readList(ContentFiles files, String file, String key, String what) {
		Optional<YamlDocument> document = files.yaml(file);
		if (document.isEmpty()) {
			return Optional.empty();
		}
		if (!(document.get().data() instanceof Map<?, ?> root) || !(root.get(key) instanceof List<?> items)) {
			files.problems().add(file, 1, key, "must be a list of " + what + " under '" + key + ":'");
			return Optional.empty();
		}
		return Optional.of(new YamlList(document.get(), items));
	}

	private List<MarkdownSource<SectionMetadata>> loadSections(Path directory, ContentFiles files) {
		Problems problems = files.problems();
		Path sectionsDir = directory.resolve(SECTIONS_DIR);
		if (!Files.isDirectory(sectionsDir)) {
			problems.add(SECTIONS_DIR, 0, "", "folder not found; it must hold one Markdown file per section");
			return List.of();
		}
		List<String> names;
		try (Stream<Path> listing = Files.list(sectionsDir)) {
			names = listing.map((path) -> path.getFileName().toString())
				.filter((name) -> name.endsWith(".md"))
				.sorted()
				.map((name) -> SECTIONS_DIR + "/" + name)
				.toList();
		}
		catch (IOException ex) {
			problems.add(SECTIONS_DIR, 0, "", "cannot be listed: " + ex.getMessage());
			return List.of();
		}
		if (names.isEmpty()) {
			problems.add(SECTIONS_DIR, 0, "", "has no .md files; the article needs at least one section");
		}
		List<MarkdownSource<SectionMetadata>> sections = new ArrayList<>();
		for (String file : names) {
			loadMarkdown(files, file, SectionMetadata.class).ifPresent(sections::add);
		}
		sections.sort(Comparator.comparing((MarkdownSource<SectionMetadata> source) -> source.metadata().order())
			.thenComparing(MarkdownSource::file));
		return sections;
	}

	private <M> Optional<MarkdownSource<M>> loadMarkdown(ContentFiles files, String file, Class<M> type) {
		Problems problems = files.problems();
		Optional<String> text = files.text(file);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Optional<FrontMatter> frontMatter = FrontMatter.split(text.get(), file, problems);
		if (frontMatter.isEmpty()) {
			return Optional.empty();
		}
		FrontMatter parts = frontMatter.get();
		Optional<YamlDocument> document = files.parseYaml(parts.yaml(), parts.yamlFirstLine(), file);
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
