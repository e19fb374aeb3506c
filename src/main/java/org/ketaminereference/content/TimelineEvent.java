package org.ketaminereference.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One dated event of {@code timeline.yaml}.
 *
 * @param year the year it happened
 * @param month 1-12, when the source gives it
 * @param day 1-31, when the source gives it (needs a month)
 * @param label a few words, drawn in the picture next to the year
 * @param description one sentence, shown with its citation in the list version
 * @param kind what sort of event it is; the picture draws each kind with its own marker
 * @param cite the keys of the references that support it, as in {@code [@key]}
 */
public record TimelineEvent(@NotNull @Min(Issued.EARLIEST_YEAR) @Max(2100) Integer year, @Min(1) @Max(12) Integer month,
		@Min(1) @Max(31) Integer day, @NotBlank @Size(max = 48) String label,
		@NotBlank @Size(max = 300) String description, @NotNull Kind kind,
		@NotEmpty List<@NotBlank String> cite) {

	public TimelineEvent {
		cite = (cite != null) ? List.copyOf(cite) : null;
	}

	@AssertTrue(message = "a day needs a month, and the date must exist")
	public boolean isDateValid() {
		if (day == null || year == null) {
			return true;
		}
		if (month == null) {
			return false;
		}
		try {
			LocalDate.of(year, month, day);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	/** The date as far as it is known, in ISO form for {@code <time datetime>}: 2019, 2019-03 or 2019-03-05. */
	public String isoDate() {
		StringBuilder date = new StringBuilder(String.format("%04d", year));
		if (month != null) {
			date.append(String.format("-%02d", month));
		}
		if (day != null) {
			date.append(String.format("-%02d", day));
		}
		return date.toString();
	}

	/** Orders events by date; an event known only to the year sorts before dated ones in that year. */
	int compareDate(TimelineEvent other) {
		return isoDate().compareTo(other.isoDate());
	}

	/** The kinds of event, each drawn with its own colour and marker shape. */
	public enum Kind implements Coded {

		/** A laboratory finding about the drug. */
		SCIENCE,
		/** A trial, case report or clinical statement. */
		CLINICAL,
		/** A regulator's decision. */
		APPROVAL;

	}

}
