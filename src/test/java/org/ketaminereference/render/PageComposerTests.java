package org.ketaminereference.render;

import java.nio.file.Path;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ketaminereference.content.Content;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;

/** One page composed from several fragments of the real article, as the one-page article is. */
class PageComposerTests {

	private final Content content = SiteArticle.contentLoader().load(Path.of("content"));

	private final RenderedArticle article = new ArticleRenderer().render(content, LayoutIds.NONE);

	@Test
	void numbersCitationsAndMarksTermsOnceAcrossTheFragmentsAndNestsHeadings() {
		PageComposer composer = new PageComposer(article, new Glossary(content.glossary()));
		String lead = composer.add(article.lead());
		StringBuilder sections = new StringBuilder();
		article.sections().forEach((section) -> sections.append(composer.addToOnePage(section)));
		Element body = Rendering.parse(lead + sections);
		Element nested = Rendering.parse(sections.toString());

		assertThat(body.select("sup.citation a").eachAttr("id")).isNotEmpty().doesNotHaveDuplicates();
		assertThat(body.select("sup.citation a").eachText()).allSatisfy((number) -> assertThat(Integer.parseInt(number))
			.isBetween(1, composer.references().size()));
		assertThat(body.select("a.term")).hasSize(composer.terms().size()).isNotEmpty();
		assertThat(nested.select("h2")).as("section headings are one level down").isEmpty();
		assertThat(nested.select("h3")).isNotEmpty();
		assertThat(nested.select("h3.key-points").eachAttr("id")).as("each section's key points keep an id of their own")
			.doesNotHaveDuplicates()
			.allSatisfy((id) -> assertThat(id).startsWith("key-points-"));
		assertThat(body.select("[data-cite]")).as("no citation left unnumbered").isEmpty();
	}

}
