package org.ketaminereference.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ketaminereference.content.Content;
import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.content.SectionMetadata;
import org.yaml.snakeyaml.Yaml;

/**
 * The reader queries of {@code search/queries.yaml} with the links a reader expects first, and
 * the figures that say how well a search answers them. Shared by the server's and the export's
 * quality tests, so both are held to the same queries and the same measure.
 */
public final class ReaderQueries {

	/** One query and the links that count as its expected best result. */
	public record Query(String text, List<String> expected) {
	}

	/** Where one query's expected result came. */
	public record Outcome(Query query, int rank, List<String> top) {

		/** 1 for first, 1/2 for second, ..., 0 when not found. */
		double reciprocalRank() {
			return (rank > 0) ? 1.0 / rank : 0;
		}

	}

	/** The figures for a set of queries. */
	public record Report(List<Outcome> outcomes) {

		public double meanReciprocalRank() {
			return outcomes.stream().mapToDouble(Outcome::reciprocalRank).average().orElse(0);
		}

		public double shareFirst() {
			return outcomes.stream().filter((outcome) -> outcome.rank() == 1).count() / (double) outcomes.size();
		}

		/** The figures and every query not answered first, for the test's output. */
		public String describe(String where) {
			StringBuilder text = new StringBuilder(String.format("%s: %d queries, MRR %.3f, first %.1f %%%n", where,
					outcomes.size(), meanReciprocalRank(), 100 * shareFirst()));
			for (Outcome outcome : outcomes) {
				if (outcome.rank() != 1) {
					text.append(String.format("  rank %s for '%s' (expected %s), got %s%n",
							(outcome.rank() > 0) ? outcome.rank() : "-", outcome.query().text(), outcome.query().expected(),
							outcome.top()));
				}
			}
			return text.toString();
		}

	}

	private ReaderQueries() {
	}

	/** The queries, with expected results as links on the site as {@code content} now is. */
	@SuppressWarnings("unchecked")
	public static List<Query> load(Content content) {
		try (InputStream in = ReaderQueries.class.getResourceAsStream("/search/queries.yaml")) {
			Map<String, Object> root = new Yaml().load(in);
			List<Query> queries = new ArrayList<>();
			for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("queries")) {
				Object expect = entry.get("expect");
				List<String> expected = (expect instanceof List<?> list) ? (List<String>) list : List.of((String) expect);
				queries.add(new Query(String.valueOf(entry.get("query")),
						expected.stream().map((link) -> href(link, content)).toList()));
			}
			return queries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs every query through {@code search}, which gives the links of its results, best first. */
	public static Report run(List<Query> queries, Function<String, List<String>> search) {
		List<Outcome> outcomes = new ArrayList<>();
		for (Query query : queries) {
			List<String> links = search.apply(query.text());
			int rank = 0;
			for (int i = 0; i < links.size() && rank == 0; i++) {
				if (query.expected().contains(links.get(i))) {
					rank = i + 1;
				}
			}
			outcomes.add(new Outcome(query, rank, links.subList(0, Math.min(3, links.size()))));
		}
		return new Report(outcomes);
	}

	/** A published anchor as the link a result has today, following a moved heading's alias. */
	private static String href(String anchor, Content content) {
		int hash = anchor.indexOf('#');
		if (hash < 0) {
			return "/" + anchor;
		}
		String slug = anchor.substring(0, hash);
		String id = anchor.substring(hash + 1);
		for (MarkdownSource<SectionMetadata> section : content.sections()) {
			String target = section.metadata().slug().equals(slug) ? section.metadata().anchorAliases().get(id) : null;
			if (target != null) {
				return target.contains("#") ? "/" + target : "/" + slug + "#" + target;
			}
		}
		return "/" + anchor;
	}

}
