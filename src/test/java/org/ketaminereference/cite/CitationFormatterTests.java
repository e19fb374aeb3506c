package org.ketaminereference.cite;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationFormatterTests {

	static final CitablePage HISTORY = new CitablePage("history", "https://ketamine.example/history",
			"History and anaesthetic use", "Ketamine: an evidence-based reference", LocalDate.of(2026, 11, 25),
			LocalDate.of(2027, 3, 3));

	static final CitablePage ARTICLE = new CitablePage("article", "https://ketamine.example/article",
			"Ketamine: an evidence-based reference", "Ketamine: an evidence-based reference", LocalDate.of(2026, 11, 25),
			LocalDate.of(2027, 3, 3));

	private final Map<String, List<FormattedCitation>> citations = CitationFormatter.format(List.of(HISTORY, ARTICLE));

	@Test
	void formatsEveryPageInTheFourStylesInOrder() {
		assertThat(citations).containsOnlyKeys("history", "article");
		assertThat(citations.get("history")).extracting(FormattedCitation::style)
			.containsExactly(CitationStyle.AMA, CitationStyle.APA, CitationStyle.VANCOUVER, CitationStyle.HARVARD);
	}

	@Test
	void eachCitationNamesThePageTheSiteTheDateAndLinksTheUrl() {
		for (FormattedCitation citation : citations.get("history")) {
			Element html = Jsoup.parseBodyFragment(citation.html()).body();
			assertThat(html.text()).as(citation.style().label())
				.contains("History and anaesthetic use")
				.containsIgnoringCase("Ketamine: an evidence-based reference")
				.contains("2026");
			assertThat(html.select("a[href=https://ketamine.example/history]")).as(citation.style().label())
				.hasSize(1);
		}
	}

	@Test
	void theStylesThatPrintAnAccessDatePrintTheOneGiven() {
		assertThat(text(CitationStyle.AMA)).contains("November 25, 2026").contains("Accessed March 3, 2027");
		assertThat(text(CitationStyle.VANCOUVER)).contains("[cited 2027 Mar 3]");
		assertThat(text(CitationStyle.HARVARD)).contains("(Accessed: March 3, 2027)");
		assertThat(text(CitationStyle.APA)).contains("(2026, November 25)");
	}

	@Test
	void carriesNoInlineStylesAndNoStyleNumbers() {
		for (List<FormattedCitation> page : citations.values()) {
			for (FormattedCitation citation : page) {
				Element html = Jsoup.parseBodyFragment(citation.html()).body();
				assertThat(html.select("[style]")).isEmpty();
				assertThat(html.text()).doesNotStartWith("1.").doesNotStartWith("2.");
			}
		}
	}

	@Test
	void namesTheSiteOnceWhenThePageIsTheWholeArticle() {
		for (FormattedCitation citation : citations.get("article")) {
			String text = Jsoup.parseBodyFragment(citation.html()).body().text().toLowerCase();
			assertThat(text.split("ketamine: an evidence-based reference", -1)).as(citation.style().label()).hasSize(2);
		}
	}

	private String text(CitationStyle style) {
		return citations.get("history")
			.stream()
			.filter((citation) -> citation.style() == style)
			.map((citation) -> Jsoup.parseBodyFragment(citation.html()).body().text())
			.findFirst()
			.orElseThrow();
	}

}
