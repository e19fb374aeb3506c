package org.ketaminereference.content;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketaminereference.site.SiteArticle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The figure data files and the figure placeholders: every problem named with file, line and field. */
class FigureDataLoaderTests {

	private static final String ALPHA = "sections/01-alpha.md";

	@TempDir
	Path directory;

	TestContent content;

	@BeforeEach
	void writeValidContent() {
		content = TestFigures.addTo(TestContent.in(directory));
	}

	private List<ContentProblem> problems() {
		return content.problems();
	}

	@Nested
	class ValidData {

		@Test
		void realContentHasTheThreeKindsOfFigure() {
			FigureData figures = SiteArticle.contentLoader().load(Path.of("content")).figures();

			assertThat(figures.only(Timeline.FIGURE).orElseThrow().events()).hasSizeGreaterThanOrEqualTo(11);
			assertThat(figures.only(MechanismDiagram.FIGURE).orElseThrow().nodes()).extracting(MechanismDiagram.Node::status)
				.contains(MechanismDiagram.Status.ESTABLISHED, MechanismDiagram.Status.HYPOTHESIS,
						MechanismDiagram.Status.CONTESTED);
			assertThat(figures.named(EvidenceTable.FIGURE)).containsKeys("mental-health", "esketamine");
		}

		@Test
		void theFilesAreBoundToTypedRecords() {
			FigureData figures = content.load().figures();

			TimelineEvent approval = figures.only(Timeline.FIGURE).orElseThrow().events().get(1);
			assertThat(approval.isoDate()).isEqualTo("2019-03-05");
			assertThat(approval.kind()).isEqualTo(TimelineEvent.Kind.APPROVAL);
			assertThat(approval.cite()).containsExactly("jones2021", "brown2022");
			assertThat(figures.only(MechanismDiagram.FIGURE).orElseThrow().nodes().get(0).span()).as("default span").isEqualTo(1);
			assertThat(figures.named(EvidenceTable.FIGURE).get("trials").rows()).extracting(EvidenceTable.Row::finding)
				.containsExactly("It helped", null);
		}

		@Test
		void figureFilesAreOptional() {
			content.delete(Timeline.FIGURE.dataFile())
				.delete(MechanismDiagram.FIGURE.dataFile())
				.delete(EvidenceTable.FIGURE.dataFile());

			FigureData figures = content.load().figures();

			assertThat(figures.only(Timeline.FIGURE)).isEmpty();
			assertThat(figures.only(MechanismDiagram.FIGURE)).isEmpty();
			assertThat(figures.named(EvidenceTable.FIGURE)).isEmpty();
		}

	}

	@Nested
	class TimelineFile {

		private static final String FILE = Timeline.FIGURE.dataFile();

		@Test
		void anUnknownCitationKeyIsReportedOnItsLine() {
			content.replace(FILE, "cite: [jones2021, brown2022]", "cite: [jones2021, nobody2099]");

			assertThat(problems()).extracting(ContentProblem::toString)
				.containsExactly("timeline.yaml:15: events[1].cite[1]: unknown reference 'nobody2099'; add it to "
						+ "references.yaml or fix the key");
		}

		@Test
		void eventsMustBeInDateOrder() {
			content.replace(FILE, "year: 2019", "year: 1960");

			assertThat(problems()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::message)
				.containsExactly(tuple(FILE, 9, "events must be in date order: 1960-03-05 comes after 1962"));
		}

		@Test
		void everyInvalidFieldIsReportedAtOnce() {
			content.replace(FILE, "    label: First made\n", "")
				.replace(FILE, "kind: approval", "kind: rumour")
				.replace(FILE, "month: 3", "month: 2")
				.replace(FILE, "day: 5", "day: 30")
				.replace(FILE, "    description: It was first made.\n", "    description: It was first made.\n    colour: red\n");

			assertThat(problems()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactlyInAnyOrder(tuple(FILE, 4, "events[0].label"), tuple(FILE, 7, "events[0].colour"),
						tuple(FILE, 13, "events[1].kind"), tuple(FILE, 9, "events[1]"));
			assertThat(problems()).extracting(ContentProblem::message)
				.contains("'rumour' is not one of: science, clinical, approval",
						"a day needs a month, and the date must exist");
		}

		@Test
		void aDayNeedsAMonth() {
			content.replace(FILE, "    month: 3\n", "");

			assertThat(problems()).extracting(ContentProblem::field, ContentProblem::message)
				.containsExactly(tuple("events[1]", "a day needs a month, and the date must exist"));
		}

		@Test
		void aCitationInTheWordsOfThePictureIsRefusedOnItsLineInTheDataFile() {
			content.replace(FILE, "label: Approved", "label: Approved [@jones2021]")
				.replace(FILE, "title: A short history", "title: A short history [@smith2020]");

			assertThat(problems()).extracting(ContentProblem::toString)
				.containsExactlyInAnyOrder(
						"timeline.yaml:1: title: citations cannot be used in the words drawn in the picture; "
								+ "cite the sources in 'cite'",
						"timeline.yaml:12: events[1].label: citations cannot be used in the words drawn in the picture; "
								+ "cite the sources in 'cite'");
		}

		@Test
		void anEventNeedsACitation() {
			content.replace(FILE, "cite: [smith2020]", "cite: []");

			assertThat(problems()).extracting(ContentProblem::line, ContentProblem::field)
				.containsExactly(tuple(8, "events[0].cite"));
		}

	}

	@Nested
	class DiagramFile {

		private static final String FILE = MechanismDiagram.FIGURE.dataFile();

		@Test
		void aLinkToAnUnknownNodeIsReportedOnItsLine() {
			content.replace(FILE, "{from: c, to: b}", "{from: c, to: z}");

			assertThat(problems()).extracting(ContentProblem::toString)
				.containsExactly("mechanisms-diagram.yaml:27: links[1].to: no node has the id 'z'");
		}

		@Test
		void boxesMayNotOverlap() {
			content.replace(FILE, "    row: 1\n    column: 1\n", "    row: 1\n    column: 0\n");

			assertThat(problems()).extracting(ContentProblem::line, ContentProblem::message)
				.containsExactly(tuple(21, "overlaps 'b' in row 1, column 0"));
		}

		@Test
		void aBoxMustFitTheGrid() {
			content.replace(FILE, "    row: 1\n    column: 1\n", "    row: 1\n    column: 1\n    span: 2\n");

			assertThat(problems()).extracting(ContentProblem::line, ContentProblem::message)
				.containsExactly(tuple(18, "the box must fit the grid: column + span is at most 2"));
		}

		@Test
		void nodeIdsAreUniqueAndCitationsKnown() {
			content.replace(FILE, "id: c", "id: a").replace(FILE, "cite: [brown2022]", "cite: [nobody2099]")
				.replace(FILE, "{from: c, to: b}", "{from: a, to: b}");

			assertThat(problems()).extracting(ContentProblem::line, ContentProblem::message)
				.containsExactlyInAnyOrder(tuple(18, "'a' is already used on line 4"),
						tuple(24, "unknown reference 'nobody2099'; add it to references.yaml or fix the key"));
		}

		@Test
		void aCitationInALabelOrNoteIsRefusedOnItsLineInTheDataFile() {
			content.replace(FILE, "label: Receptor", "label: Receptor [@jones2021]")
				.replace(FILE, "    label: Other route\n", "    label: Other route\n    note: in mice [@brown2022]\n");

			assertThat(problems()).extracting(ContentProblem::file, ContentProblem::line, ContentProblem::field)
				.containsExactlyInAnyOrder(tuple(FILE, 12, "nodes[1].label"), tuple(FILE, 20, "nodes[2].note"));
		}

		@Test
		void anUnknownStatusListsTheStatuses() {
			content.replace(FILE, "status: contested", "status: doubtful");

			assertThat(problems()).extracting(ContentProblem::line, ContentProblem::message)
				.containsExactly(tuple(20, "'doubtful' is not one of: established, hypothesis, contested"));
		}

	}

	@Nested
	class EvidenceTablesFile {

		private static final String FILE = EvidenceTable.FIGURE.dataFile();

		@Test
		void anUnknownReferenceIsReportedOnItsLine() {
			content.replace(FILE, "reference: jones2021", "reference: nobody2099");

			assertThat(problems()).extracting(ContentProblem::toString)
				.containsExactly("evidence-tables.yaml:8: trials.rows[1].reference: unknown reference 'nobody2099'; "
						+ "add it to references.yaml or fix the key");
		}

		@Test
		void aMalformedOrUnknownCitationInACellIsReportedOnItsLineInTheDataFile() {
			content.replace(FILE, "design: Randomised", "design: Randomised [@smith2020")
				.replace(FILE, "finding: It helped", "finding: It helped [@nobody2099]");

			assertThat(problems()).extracting(ContentProblem::toString)
				.containsExactlyInAnyOrder(
						"evidence-tables.yaml:5: trials.rows[0].design: malformed citation; write [@key], [@key1; @key2] or [@key, p. 33]",
						"evidence-tables.yaml:7: trials.rows[0].finding: unknown reference 'nobody2099'; add it to "
								+ "references.yaml or fix the key");
		}

		@Test
		void aRowNeedsAReferenceWithAYear() {
			content.replace("references.yaml", "  issued: {date-parts: [[2021]]}\n", "");

			assertThat(problems()).extracting(ContentProblem::line, ContentProblem::message)
				.containsExactly(tuple(8, "'jones2021' has no 'issued' date in references.yaml, and the table shows its year"));
		}

		@Test
		void tableNamesAreSlugs() {
			content.replace(FILE, "trials:", "Main Trials:");

			assertThat(problems()).extracting(ContentProblem::line, ContentProblem::field)
				.containsExactly(tuple(1, "Main Trials"));
		}

		@Test
		void aRowNeedsADesign() {
			content.replace(FILE, "      design: Open-label\n", "");

			assertThat(problems()).extracting(ContentProblem::line, ContentProblem::field)
				.containsExactly(tuple(8, "trials.rows[1].design"));
		}

	}

	@Nested
	class Placeholders {

		@Test
		void eachKindOfPlaceholderIsAccepted() {
			content.section("01-alpha.md", "alpha", 1,
					"Text.[@jones2021]\n\n{{timeline}}\n\n{{mechanisms-diagram}}\n\n{{ evidence-table: trials }}\n");

			assertThat(content.load().sections()).hasSize(2);
		}

		@Test
		void anUnknownFigureIsReportedWithItsLine() {
			content.section("01-alpha.md", "alpha", 1, "Text.[@jones2021]\n\n{{chart}}\n");

			assertThat(problems()).extracting(ContentProblem::toString)
				.containsExactly(ALPHA + ":" + (TestContent.SECTION_BODY_FIRST_LINE + 2)
						+ ": figure: unknown figure 'chart'; the figures are {{timeline}}, {{mechanisms-diagram}}, "
						+ "{{evidence-table: name}}");
		}

		@Test
		void anUnknownTableNamesTheTablesThereAre() {
			content.section("01-alpha.md", "alpha", 1, "{{evidence-table: nope}}\n");

			assertThat(problems()).extracting(ContentProblem::line, ContentProblem::message)
				.containsExactly(tuple(TestContent.SECTION_BODY_FIRST_LINE,
						"no table 'nope' in evidence-tables.yaml; the tables are: trials"));
		}

		@Test
		void aPlaceholderNeedsItsDataFile() {
			content.delete(Timeline.FIGURE.dataFile()).write("about.md", TestContent.about("\n{{timeline}}\n"));

			assertThat(problems()).extracting(ContentProblem::toString)
				.containsExactly("about.md:7: figure: the timeline needs the file timeline.yaml");
		}

		@Test
		void aPlaceholderMustBeAParagraphOfItsOwn() {
			content.section("01-alpha.md", "alpha", 1,
					"Text {{timeline}} inside.[@jones2021]\n\nText.[@jones2021]\n{{timeline}}\n\n  {{timeline}}\n");

			assertThat(problems()).extracting(ContentProblem::line)
				.containsExactly(TestContent.SECTION_BODY_FIRST_LINE, TestContent.SECTION_BODY_FIRST_LINE + 3,
						TestContent.SECTION_BODY_FIRST_LINE + 5);
			assertThat(problems()).extracting(ContentProblem::message)
				.containsOnly("a figure placeholder must be a paragraph of its own: one line, with blank lines around it");
		}

		@Test
		void argumentsMustMatchTheFigure() {
			content.section("01-alpha.md", "alpha", 1, "{{timeline: big}}\n\n{{evidence-table}}\n");

			assertThat(problems()).extracting(ContentProblem::message)
				.containsExactly("{{timeline}} takes no name after a colon", "write {{evidence-table: name}}");
		}

	}

}
