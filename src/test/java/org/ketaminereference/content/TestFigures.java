package org.ketaminereference.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small valid figure data files for {@link TestContent}, citing its three references. Line
 * numbers are fixed, so tests can assert on them.
 */
public final class TestFigures {

	/** Line 4 starts the first event, line 9 the second; within an event: +1 label, +2 kind, +3 description, +4 cite. */
	public static final String TIMELINE = """
			title: A short history
			caption: Two events.
			events:
			  - year: 1962
			    label: First made
			    kind: science
			    description: It was first made.
			    cite: [smith2020]
			  - year: 2019
			    month: 3
			    day: 5
			    label: Approved
			    kind: approval
			    description: It was approved.
			    cite: [jones2021, brown2022]
			""";

	/** Line 4 starts node "a", line 11 node "b", line 18 node "c"; the links are on lines 26-27. */
	public static final String DIAGRAM = """
			title: How it works
			caption: Three steps.
			nodes:
			  - id: a
			    label: Drug
			    status: established
			    row: 0
			    column: 0
			    description: The drug.
			    cite: [smith2020]
			  - id: b
			    label: Receptor
			    status: hypothesis
			    row: 1
			    column: 0
			    description: It acts on a receptor.
			    cite: [jones2021]
			  - id: c
			    label: Other route
			    status: contested
			    row: 1
			    column: 1
			    description: Perhaps another route.
			    cite: [brown2022]
			links:
			  - {from: a, to: b}
			  - {from: c, to: b}
			""";

	/** The table "trials" starts on line 1; its rows on lines 4 and 8. */
	public static final String TABLES = """
			trials:
			  caption: The trials
			  rows:
			    - reference: smith2020
			      design: Randomised
			      participants: 10 people
			      finding: It helped
			    - reference: jones2021
			      design: Open-label
			""";

	/**
	 * A figure's data file and the placeholder that places it.
	 * @param placeholder its own paragraph, such as {@code {{timeline}}}
	 * @param data the data file's text
	 */
	public record Sample(String placeholder, String data) {
	}

	/** Each kind of figure's sample: a new kind adds its own. */
	private static final Map<FigureSource<?>, Sample> SAMPLES = Map.of(Timeline.FIGURE,
			new Sample("{{timeline}}", TIMELINE), MechanismDiagram.FIGURE, new Sample("{{mechanisms-diagram}}", DIAGRAM),
			EvidenceTable.FIGURE, new Sample("{{evidence-table: trials}}", TABLES));

	/** The fields of the samples that hold text an author writes and the page shows. */
	private static final Pattern TEXT_FIELDS = Pattern
		.compile("(?m)^(\\s*(?:- )?(?:caption|label|description|design|participants|finding): ).*$");

	private TestFigures() {
	}

	/** Writes the data file of every kind of figure into the content. */
	public static TestContent addTo(TestContent content) {
		SAMPLES.forEach((kind, sample) -> content.write(kind.dataFile(), sample.data()));
		return content;
	}

	/** The sample of a kind with {@code yamlText}, a YAML string, in every field that holds text. */
	public static Sample withText(FigureSource<?> kind, String yamlText) {
		Sample sample = SAMPLES.get(kind);
		if (sample == null) {
			throw new IllegalStateException("TestFigures has no sample of " + kind + "; add one");
		}
		return new Sample(sample.placeholder(),
				TEXT_FIELDS.matcher(sample.data()).replaceAll("$1" + Matcher.quoteReplacement(yamlText)));
	}

}
