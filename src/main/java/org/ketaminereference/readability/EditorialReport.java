package org.ketaminereference.readability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.content.Reference;
import org.ketaminereference.content.SectionMetadata;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.render.RenderedSection;

/**
 * The article measured against its {@link Limits}: each section's measures, the passages repeated
 * between sections and the references nobody cites, and a {@link ContentProblem} for each broken
 * limit.
 */
public record EditorialReport(List<SectionMeasures> sections, List<RepeatedPassage> repeats,
		List<String> uncited, List<ContentProblem> problems) {

	private static final String REFERENCES_FILE = "references.yaml";

	public EditorialReport {
		sections = List.copyOf(sections);
		repeats = List.copyOf(repeats);
		uncited = List.copyOf(uncited);
		problems = List.copyOf(problems);
	}

	/** The article measured; a reference counts as cited when the lead, a section or the facts box cites it. */
	public static EditorialReport of(RenderedArticle article) {
		List<SectionMeasures> sections = new ArrayList<>();
		Map<String, List<Passage>> texts = new LinkedHashMap<>();
		Set<String> cited = new LinkedHashSet<>(citedKeys(article.lead().html()));
		if (article.facts() != null) {
			cited.addAll(citedKeys(article.facts().html()));
		}
		for (RenderedSection section : article.sections()) {
			MarkdownSource<SectionMetadata> source = section.source();
			SectionText text = SectionText.of(source);
			Set<String> keys = citedKeys(section.body().html());
			cited.addAll(keys);
			sections.add(new SectionMeasures(source.file(), TextMeasures.of(text.keyPoints()),
					TextMeasures.of(text.body()), source.bodyFirstLine(), keys.size()));
			List<Passage> all = new ArrayList<>(text.keyPoints());
			all.addAll(text.body());
			texts.put(source.file(), all);
		}
		List<RepeatedPassage> repeats = RepeatedPassages.of(texts);
		List<String> uncited = article.content().references().stream().map(Reference::id)
			.filter((id) -> !cited.contains(id)).toList();
		return new EditorialReport(sections, repeats, uncited, problems(article, sections, repeats, uncited));
	}

	private static List<ContentProblem> problems(RenderedArticle article, List<SectionMeasures> sections,
			List<RepeatedPassage> repeats, List<String> uncited) {
		List<ContentProblem> problems = new ArrayList<>();
		for (SectionMeasures section : sections) {
			String file = section.file();
			int start = section.bodyFirstLine();
			TextMeasures keyPoints = section.keyPoints();
			if (keyPoints.words() > 0 && keyPoints.grade() > Limits.KEY_POINTS_GRADE) {
				problems.add(new ContentProblem(file, start, "key points", format(
						"Flesch-Kincaid grade %.1f is above %.0f; use shorter sentences and shorter words",
						keyPoints.grade(), Limits.KEY_POINTS_GRADE)));
			}
			TextMeasures body = section.body();
			if (body.grade() > Limits.BODY_GRADE) {
				problems.add(new ContentProblem(file, start, "readability", format(
						"Flesch-Kincaid grade of the body %.1f is above %.0f; use shorter sentences and shorter words",
						body.grade(), Limits.BODY_GRADE)));
			}
			if (body.longestWords() > Limits.LONGEST_SENTENCE) {
				problems.add(new ContentProblem(file, body.longest().line(), "readability", format(
						"a sentence of %d words; the limit is %d", body.longestWords(), Limits.LONGEST_SENTENCE)));
			}
			if (body.averageSentence() >= Limits.AVERAGE_SENTENCE) {
				problems.add(new ContentProblem(file, start, "readability", format(
						"the average sentence has %.1f words; keep it under %.0f", body.averageSentence(),
						Limits.AVERAGE_SENTENCE)));
			}
			if (body.words() < Limits.MIN_WORDS || body.words() > Limits.MAX_WORDS) {
				problems.add(new ContentProblem(file, start, "length", format("%,d words of body text; write %,d to %,d",
						body.words(), Limits.MIN_WORDS, Limits.MAX_WORDS)));
			}
			if (section.sources() < Limits.MIN_SOURCES) {
				problems.add(new ContentProblem(file, start, "sources",
						format("%d distinct references cited; cite at least %d", section.sources(), Limits.MIN_SOURCES)));
			}
		}
		for (RepeatedPassage repeat : repeats) {
			problems.add(new ContentProblem(repeat.otherFile(), repeat.otherLine(), "repeated passage",
					format("'%s ...' also appears in %s:%d; explain it in one section and link to it there",
							repeat.words(), repeat.file(), repeat.line())));
		}
		List<Reference> references = article.content().references();
		for (int i = 0; i < references.size(); i++) {
			if (uncited.contains(references.get(i).id())) {
				problems.add(new ContentProblem(REFERENCES_FILE, 0, "references[" + i + "]",
						"'" + references.get(i).id() + "' is not cited anywhere; cite it or remove it"));
			}
		}
		return problems;
	}

	private static Set<String> citedKeys(String html) {
		Set<String> keys = new LinkedHashSet<>();
		Jsoup.parseBodyFragment(html).select("sup.citation[data-cite]")
			.forEach((marker) -> keys.addAll(List.of(marker.attr("data-cite").split(" "))));
		return keys;
	}

	private static String format(String pattern, Object... arguments) {
		return String.format(Locale.ROOT, pattern, arguments);
	}

}
