package org.ketaminereference.content;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum whose values authors write as lower-case codes ({@code approval},
 * {@code meta-analysis}): the binder reads them, and its messages list them, by code.
 */
public interface Coded {

	/** The code authors write, and the CSS class a figure draws the value with. */
	@JsonValue
	default String code() {
		return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
