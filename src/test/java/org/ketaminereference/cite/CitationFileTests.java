package org.ketaminereference.cite;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.ris.RISConverter;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketaminereference.cite.CitationFormatterTests.ARTICLE;
import static org.ketaminereference.cite.CitationFormatterTests.HISTORY;

/** Each download is read back with a real parser, as a reference manager would read it. */
class CitationFileTests {

	@Nested
	class BibTeX {

		@Test
		void isOneMiscEntryCiteprocJavaReadsBack() throws Exception {
			BibTeXDatabase database = parse(CitationFile.BIBTEX.write(HISTORY));
			assertThat(database.getEntries()).containsOnlyKeys(new Key("history"));
			BibTeXEntry entry = database.getEntries().get(new Key("history"));
			assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_MISC);
			assertThat(entry.getField(BibTeXEntry.KEY_HOWPUBLISHED).toUserString())
				.isEqualTo("Ketamine: an evidence-based reference");
			assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2026");
			assertThat(entry.getField(BibTeXEntry.KEY_MONTH).toUserString()).isEqualTo("November");
			assertThat(entry.getField(new Key("date")).toUserString()).isEqualTo("2026-11-25");

			CSLItemData item = new BibTeXConverter().toItemData(entry);
			assertThat(item.getTitle()).isEqualTo("History and anaesthetic use");
			assertThat(item.getURL()).isEqualTo("https://ketamine.example/history");
			assertThat(item.getAccessed().getRaw()).isEqualTo("2027-03-03");
			assertThat(item.getNote()).isEqualTo("Last reviewed 25 November 2026. Accessed 3 March 2027.");
		}

		@Test
		void escapesWhatTexWouldReadAsCommands() throws Exception {
			CitablePage page = new CitablePage("risks", "https://ketamine.example/risks", "Risks & {side} effects: 50% of_#$~^\\",
					"Site", LocalDate.of(2026, 11, 25), LocalDate.of(2027, 3, 3));
			BibTeXEntry entry = parse(CitationFile.BIBTEX.write(page)).getEntries().get(new Key("risks"));
			assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString()).isEqualTo(
					"Risks \\& \\{side\\} effects: 50\\% of\\_\\#\\$\\textasciitilde{}\\textasciicircum{}\\textbackslash{}");
		}

		@Test
		void leavesTheSiteOutWhenThePageIsTheWholeArticle() throws Exception {
			BibTeXEntry entry = parse(CitationFile.BIBTEX.write(ARTICLE)).getEntries().get(new Key("article"));
			assertThat(entry.getField(BibTeXEntry.KEY_HOWPUBLISHED)).isNull();
		}

		private static BibTeXDatabase parse(String bibtex) throws Exception {
			return new BibTeXConverter().loadDatabase(new ByteArrayInputStream(bibtex.getBytes(StandardCharsets.UTF_8)));
		}

	}

	@Nested
	class Ris {

		@Test
		void isOneRecordCiteprocJavaReadsBack() throws Exception {
			String ris = CitationFile.RIS.write(HISTORY);
			Map<String, CSLItemData> items = new RISConverter().toItemData(
					new RISConverter().loadLibrary(new ByteArrayInputStream(ris.getBytes(StandardCharsets.UTF_8))));
			assertThat(items).hasSize(1);
			CSLItemData item = items.values().iterator().next();
			assertThat(item.getTitle()).isEqualTo("History and anaesthetic use");
			assertThat(item.getURL()).isEqualTo("https://ketamine.example/history");
			assertThat(item.getPublisher()).isEqualTo("Ketamine: an evidence-based reference");
			assertThat(item.getAccessed().getRaw()).isEqualTo("2027/03/03");
			assertThat(item.getIssued().getRaw()).isEqualTo("2026/11/25");
		}

		@Test
		void followsTheLineFormatOfTheSpecification() {
			String ris = CitationFile.RIS.write(HISTORY);
			List<String> lines = List.of(ris.split("\r\n"));
			assertThat(ris).endsWith("\r\n").doesNotContain("\n\n");
			assertThat(lines.get(0)).isEqualTo("TY  - ELEC");
			assertThat(lines).contains("T2  - Ketamine: an evidence-based reference", "Y2  - 2027/03/03",
					"UR  - https://ketamine.example/history");
			assertThat(lines.get(lines.size() - 1)).isEqualTo("ER  - ");
			assertThat(lines).allMatch((line) -> line.matches("[A-Z][A-Z0-9]  - .*"));
		}

		@Test
		void keepsEachValueOnOneLine() {
			CitablePage page = new CitablePage("x", "https://ketamine.example/x", "Two\nlines", "Site",
					LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2));
			assertThat(CitationFile.RIS.write(page)).contains("TI  - Two lines\r\n");
		}

	}

	@Nested
	class CslJson {

		@Test
		void isAListWithTheItemTheCitationsAreFormattedFrom() {
			List<Map<String, Object>> json = JsonMapper.shared()
				.readValue(CitationFile.CSL_JSON.write(HISTORY), new TypeReference<List<Map<String, Object>>>() {
				});
			assertThat(json).hasSize(1);
			CSLItemData item = CSLItemData.fromJson(json.get(0));
			assertThat(item.getId()).isEqualTo("history");
			assertThat(item.getType()).isEqualTo(CSLType.WEBPAGE);
			assertThat(item.getTitle()).isEqualTo("History and anaesthetic use");
			assertThat(item.getContainerTitle()).isEqualTo("Ketamine: an evidence-based reference");
			assertThat(item.getURL()).isEqualTo("https://ketamine.example/history");
			assertThat(item.getIssued().getDateParts()).isEqualTo(new int[][] { { 2026, 11, 25 } });
			assertThat(item.getAccessed().getDateParts()).isEqualTo(new int[][] { { 2027, 3, 3 } });
		}

	}

	@Test
	void everyFileHasItsMediaType() {
		assertThat(CitationFile.BIBTEX.contentType()).startsWith("application/x-bibtex");
		assertThat(CitationFile.RIS.contentType()).startsWith("application/x-research-info-systems");
		assertThat(CitationFile.CSL_JSON.contentType()).isEqualTo("application/vnd.citationstyles.csl+json");
	}

}
