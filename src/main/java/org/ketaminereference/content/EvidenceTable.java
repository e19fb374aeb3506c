package org.ketaminereference.content;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One "evidence at a glance" table of {@code evidence-tables.yaml}, shown where a page asks for
 * {@code {{evidence-table: name}}}. The year and the evidence label of each row come from its
 * reference, so that they cannot disagree with the bibliography.
 *
 * @param caption the table's caption
 * @param rows one per study, in the order shown
 */
public record EvidenceTable(@NotBlank @Size(max = 160) String caption, @NotEmpty List<@Valid @NotNull Row> rows) {

	/** The kind of figure: {@code {{evidence-table: name}}}, from {@code evidence-tables.yaml}. */
	public static final FigureSource<EvidenceTable> FIGURE = FigureSource.named("evidence-table", "table",
			"evidence-tables.yaml", EvidenceTable.class, EvidenceTable::check);

	public EvidenceTable {
		rows = (rows != null) ? List.copyOf(rows) : null;
	}

	/** Every row's reference is known and dated, since the table shows its year; and the cells' citations. */
	private static void check(EvidenceTable table, DataFile file) {
		file.citingText(table.caption(), "caption");
		for (int i = 0; i < table.rows().size(); i++) {
			Row row = table.rows().get(i);
			String path = "rows[" + i + "]";
			file.citingText(row.design(), path + ".design");
			file.citingText(row.participants(), path + ".participants");
			file.citingText(row.finding(), path + ".finding");
			file.key(row.reference(), path + ".reference");
			Reference reference = file.reference(row.reference());
			if (reference != null && reference.issued() == null) {
				file.problem(path + ".reference", "'" + row.reference() + "' has no 'issued' date in "
						+ ContentLoader.REFERENCES_FILE + ", and the table shows its year");
			}
		}
	}

	/**
	 * One study.
	 *
	 * @param reference the id of its entry in {@code references.yaml}
	 * @param design how the study was done, in a few words
	 * @param participants who took part and how many, when the sources say
	 * @param finding the main result, only as far as the sources support it
	 */
	public record Row(@NotBlank String reference, @NotBlank @Size(max = 120) String design,
			@Size(max = 100) String participants, @Size(max = 200) String finding) {
	}

}
