package org.ketaminereference.discovery;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ketaminereference.content.Evidence;
import org.ketaminereference.content.Issued;
import org.ketaminereference.content.Reference;
import org.ketaminereference.content.ReferenceName;
import org.ketaminereference.discovery.StructuredData.WebPage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredDataTests {

	private static final StructuredData DATA = new StructuredData("Ketamine: an evidence-based reference",
			"https://ketamine.example");

	private static final WebPage HISTORY = new WebPage("https://ketamine.example/history", "History",
			"How it started.", LocalDate.of(2026, 11, 25));

	@Test
	void describesAMedicalWebPageAboutKetamine() {
		JsonNode json = parse(DATA.medicalWebPage(HISTORY, List.of(), List.of()));
		assertThat(json.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(json.get("@type").asString()).isEqualTo("MedicalWebPage");
		assertThat(json.get("url").asString()).isEqualTo("https://ketamine.example/history");
		assertThat(json.get("name").asString()).isEqualTo("History");
		assertThat(json.get("description").asString()).isEqualTo("How it started.");
		assertThat(json.get("lastReviewed").asString()).isEqualTo("2026-11-25");
		assertThat(json.at("/about/@type").asString()).isEqualTo("Drug");
		assertThat(json.at("/about/name").asString()).isEqualTo("ketamine");
		assertThat(json.at("/isPartOf/@type").asString()).isEqualTo("WebSite");
		assertThat(json.at("/isPartOf/url").asString()).isEqualTo("https://ketamine.example/");
		for (String role : List.of("publisher", "author")) {
			assertThat(json.at("/" + role + "/@type").asString()).isEqualTo("Organization");
			assertThat(json.at("/" + role + "/name").asString()).isEqualTo("Ketamine: an evidence-based reference");
		}
		assertThat(json.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(json.has("citation")).isFalse();
		assertThat(json.has("hasPart")).isFalse();
	}

	@Test
	void citesEachSourceByTheIdOfItsEntryOnTheReferencesPage() {
		Reference trial = reference("berman2000", "article-journal", "10.1016/S0006-3223(99)00230-9", "10686270", null);
		Reference label = reference("ketalarlabel", "report", null, null, "https://dailymed.example/ketalar");
		JsonNode citations = parse(DATA.medicalWebPage(HISTORY, List.of(trial, label), List.of())).get("citation");
		assertThat(citations).hasSize(2);
		assertThat(citations.get(0).propertyNames()).containsExactly("@id");
		assertThat(citations.get(0).get("@id").asString()).isEqualTo("https://ketamine.example/references#ref-berman2000");
		assertThat(citations.get(1).get("@id").asString()).isEqualTo("https://ketamine.example/references#ref-ketalarlabel");
	}

	@Test
	void theReferencesPageDescribesEachSourceWithItsDoiAndPmidUnderThatId() {
		Reference trial = reference("berman2000", "article-journal", "10.1016/S0006-3223(99)00230-9", "10686270", null);
		Reference label = reference("ketalarlabel", "report", null, null, "https://dailymed.example/ketalar");
		WebPage references = new WebPage("https://ketamine.example/references", "References", "Every source.", null);
		JsonNode json = parse(DATA.bibliography(references, List.of(trial, label)));
		assertThat(json.get("@type").asString()).isEqualTo("WebPage");
		JsonNode citations = json.get("citation");
		assertThat(citations).hasSize(2);
		JsonNode first = citations.get(0);
		assertThat(first.get("@id").asString()).isEqualTo("https://ketamine.example/references#ref-berman2000");
		assertThat(first.get("@type").asString()).isEqualTo("ScholarlyArticle");
		assertThat(first.get("name").asString()).isEqualTo("Title of berman2000");
		assertThat(first.get("sameAs").asString()).isEqualTo("https://doi.org/10.1016/S0006-3223(99)00230-9");
		assertThat(first.at("/identifier/propertyID").asString()).isEqualTo("PMID");
		assertThat(first.at("/identifier/value").asString()).isEqualTo("10686270");
		assertThat(first.at("/isPartOf/name").asString()).isEqualTo("Journal");
		assertThat(first.get("datePublished").asString()).isEqualTo("2000");
		JsonNode second = citations.get(1);
		assertThat(second.get("@id").asString()).isEqualTo("https://ketamine.example/references#ref-ketalarlabel");
		assertThat(second.get("@type").asString()).isEqualTo("Report");
		assertThat(second.get("url").asString()).isEqualTo("https://dailymed.example/ketalar");
		assertThat(second.has("sameAs")).isFalse();
		assertThat(second.has("identifier")).isFalse();
		assertThat(second.has("isPartOf")).isFalse();
	}

	@Test
	void listsTheSectionsAsParts() {
		WebPage risks = new WebPage("https://ketamine.example/risks", "Risks", "What can go wrong.",
				LocalDate.of(2026, 11, 24));
		JsonNode parts = parse(DATA.medicalWebPage(HISTORY, List.of(), List.of(HISTORY, risks))).get("hasPart");
		assertThat(parts).hasSize(2);
		assertThat(parts.get(1).get("@type").asString()).isEqualTo("MedicalWebPage");
		assertThat(parts.get(1).get("url").asString()).isEqualTo("https://ketamine.example/risks");
		assertThat(parts.get(1).get("lastReviewed").asString()).isEqualTo("2026-11-24");
	}

	@Test
	void describesAnyOtherPageAsAWebPage() {
		JsonNode json = parse(DATA.webPage(new WebPage("https://ketamine.example/about", "About", "What this is.", null)));
		assertThat(json.get("@type").asString()).isEqualTo("WebPage");
		assertThat(json.has("lastReviewed")).isFalse();
		assertThat(json.has("about")).isFalse();
	}

	@Test
	void textCannotCloseTheScriptElement() {
		String hostile = "</script><script>alert(1)</script> & <!--";
		String jsonLd = DATA.webPage(new WebPage("https://ketamine.example/x", hostile, hostile, null));
		assertThat(jsonLd).doesNotContain("<", ">", "&");
		assertThat(jsonLd).contains("\\u003C/script\\u003E");
		assertThat(parse(jsonLd).get("name").asString()).isEqualTo(hostile);
	}

	private static JsonNode parse(String json) {
		return JsonMapper.shared().readTree(json);
	}

	private static Reference reference(String id, String type, String doi, String pmid, String url) {
		return new Reference(id, type, List.of(new ReferenceName("Doe", "J", null, null)), "Title of " + id,
				"Journal", null, new Issued(List.of(List.of(2000))), null, null, null, doi, pmid, null, url, null,
				null, null, Evidence.RCT, false, null);
	}

}
