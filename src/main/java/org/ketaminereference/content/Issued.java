package org.ketaminereference.content;

import java.time.Year;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;

/**
 * A CSL date: {@code date-parts: [[year, month, day]]}, month and day optional, or as Pandoc and
 * Zotero also write it, a plain year: {@code issued: 2021}.
 */
public record Issued(@JsonProperty("date-parts") @NotEmpty List<@NotEmpty List<Integer>> dateParts) {

	static final int EARLIEST_YEAR = 1800;

	/** {@code issued: 2021}. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static Issued ofYear(int year) {
		return new Issued(List.of(List.of(year)));
	}

	public int year() {
		return dateParts.get(0).get(0);
	}

	@AssertTrue(message = "year must be between " + EARLIEST_YEAR + " and next year")
	public boolean isYearInRange() {
		if (dateParts == null || dateParts.isEmpty() || dateParts.get(0) == null || dateParts.get(0).isEmpty()
				|| dateParts.get(0).get(0) == null) {
			return true; // reported by @NotEmpty
		}
		return year() >= EARLIEST_YEAR && year() <= Year.now().getValue() + 1;
	}

}
