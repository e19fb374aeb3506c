package org.ketaminereference.search;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ketaminereference.content.Content;
import org.ketaminereference.render.ArticleRenderer;
import org.ketaminereference.render.LayoutIds;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well the server's search answers the queries readers type ({@code search/queries.yaml}):
 * the mean reciprocal rank of the expected result and the share of queries where it comes first.
 * Prints both, and every query not answered first, so that a change to the ranking or the text
 * shows what it moved.
 */
class SearchQualityTests {

	@Test
	void readersFindWhatTheyTypeFirst() {
		Content content = SiteArticle.contentLoader().load(Path.of("content"));
		SearchIndex index = SearchIndex.of(new ArticleRenderer().render(content, LayoutIds.NONE));
		List<ReaderQueries.Query> queries = ReaderQueries.load(content);

		ReaderQueries.Report report = ReaderQueries.run(queries,
				(query) -> index.search(query).hits().stream().map(SearchHit::href).toList());

		System.out.print(report.describe("Server search"));
		assertThat(queries).hasSizeGreaterThanOrEqualTo(40);
		assertThat(report.meanReciprocalRank()).as(report.describe("Server search")).isGreaterThanOrEqualTo(0.9);
		assertThat(report.shareFirst()).as(report.describe("Server search")).isGreaterThanOrEqualTo(0.8);
	}

}
