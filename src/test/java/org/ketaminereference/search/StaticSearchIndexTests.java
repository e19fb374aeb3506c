package org.ketaminereference.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketaminereference.render.ArticleRenderer;
import org.ketaminereference.render.LayoutIds;
import org.ketaminereference.site.SiteArticle;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The static export's search index, written for MiniSearch from the real article. That the
 * browser builds the same index from {@link StaticSearchIndex#documents} is checked in
 * {@code ExportSearchIT}, where MiniSearch runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticSearchIndexTests {

	private SearchIndex index;

	private JsonNode json;

	@BeforeAll
	void indexTheArticle() {
		index = SearchIndex.of(new ArticleRenderer().render(SiteArticle.contentLoader().load(Path.of("content")), LayoutIds.NONE));
		json = JsonMapper.builder().build().readTree(StaticSearchIndex.json(index));
	}

	@Test
	void theIndexOfTheWholeArticleIsAtMost60KilobytesGzipped() {
		int size = gzipped(StaticSearchIndex.json(index));
		System.out.printf("Static search index: %d bytes gzip; the passages' text: %d bytes gzip%n", size,
				gzipped(StaticSearchIndex.text(index)));
		assertThat(size).isLessThanOrEqualTo(60 * 1024);
	}

	@Test
	void theIndexIsMiniSearchsSerialisedFormWithOneDocumentPerPassageWithText() {
		JsonNode serialised = json.get("index");
		long withText = index.passages().stream().filter(Passage::hasText).count();

		assertThat(serialised.get("serializationVersion").asInt()).isEqualTo(2);
		assertThat(serialised.get("documentCount").asLong()).isEqualTo(withText);
		assertThat(serialised.get("fieldIds").propertyNames()).containsExactlyElementsOf(json.get("weights").propertyNames());
		assertThat(JsonMapper.builder().build().readTree(StaticSearchIndex.text(index)).size()).isEqualTo((int) withText);
	}

	@Test
	void wordsAreIndexedAsTheServerAnalysesThemLowerCaseStemmedWithoutStopWords() {
		List<String> terms = json.get("index").get("index").valueStream().map((entry) -> entry.get(0).asString()).toList();

		assertThat(terms).contains("ketamin", "receptor", "anaesthesia", "anesthesia").doesNotContain("Ketamine", "the", "receptors");
	}

	@Test
	void eachFieldCarriesTheOtherSpellingsOfItsWords() {
		Map<String, Object> veterinary = StaticSearchIndex.documents(index)
			.stream()
			.filter((document) -> document.get("href").equals("/history#veterinary-anaesthesia"))
			.findFirst()
			.orElseThrow();

		assertThat((String) veterinary.get("heading")).startsWith("Veterinary anaesthesia").contains("anesthesia");
	}

	@Test
	void eachOtherSpellingIsAsFrequentAsTheWordInAllItsSpellingsAsOnTheServer() {
		Names names = new Names(List.of(List.of("anaesthesia", "anesthesia"), List.of("behaviour", "behavior"),
				List.of("behavioural", "behavioral")), List.of());

		assertThat(names.otherSpellings("Anaesthesia, anesthesia and anaesthesia.")).containsExactly("anaesthesia", "anesthesia", "anesthesia");
		assertThat(names.otherSpellings("Anaesthesia and anaesthesia, with behavioural help."))
			.containsExactly("anesthesia", "anesthesia", "behavior");
	}

	@Test
	void fieldLengthsAreTheServersAndAFieldsMeanCountsOnlyTheDocumentsThatHaveIt() {
		JsonNode serialised = json.get("index");
		int term = serialised.get("fieldIds").get("term").asInt();
		List<Integer> termLengths = serialised.get("fieldLength")
			.valueStream()
			.map((lengths) -> lengths.get(term))
			.filter((length) -> length != null && !length.isNull())
			.map(JsonNode::asInt)
			.toList();

		assertThat(termLengths).hasSize((int) index.passages().stream().filter((p) -> p.kind() == Passage.Kind.TERM).count());
		assertThat(serialised.get("averageFieldLength").get(term).asDouble())
			.isCloseTo(termLengths.stream().mapToInt(Integer::intValue).average().orElseThrow(), org.assertj.core.data.Offset.offset(0.5));
	}

	@Test
	void anotherNameFindsWhatTheTextCallsItInTheQueryAsOnTheServer() {
		assertThat(json.get("names").get("spravato").asString()).isEqualTo("esketamine");
		assertThat(json.get("nameWeight").asDouble()).isEqualTo(Names.TARGET_WEIGHT, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(json.get("phrases").valueStream().map(JsonNode::asString)).contains("special k", "post-traumatic stress disorder");
	}

	@Test
	void aHeadingWithNoTextOfItsOwnIsListedButNotSearched() {
		Passage heading = index.passages()
			.stream()
			.filter((passage) -> "/mental-health#what-reviews-of-many-trials-show".equals(passage.href()))
			.findFirst()
			.orElseThrow();

		assertThat(heading.hasText()).isFalse();
		assertThat(StaticSearchIndex.documents(index)).noneSatisfy((document) -> assertThat(document.get("href")).isEqualTo(heading.href()));
		assertThat(index.search("what reviews of many trials show").hits()).noneSatisfy((hit) -> assertThat(hit.href()).isEqualTo(heading.href()));
	}

	private static int gzipped(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.size();
	}

}
