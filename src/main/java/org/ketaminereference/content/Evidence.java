package org.ketaminereference.content;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of evidence a source provides, as the bibliography's {@code evidence} field names it. */
public enum Evidence {

	RCT("rct", "Randomised trial"),
	META_ANALYSIS("meta-analysis", "Meta-analysis"),
	SYSTEMATIC_REVIEW("systematic-review", "Systematic review"),
	OPEN_LABEL("open-label", "Open-label study"),
	CASE_SERIES("case-series", "Case series"),
	PRECLINICAL("preclinical", "Preclinical"),
	CONSENSUS("consensus", "Consensus statement"),
	REVIEW("review", "Review"),
	LABEL("label", "Regulatory document"),
	NEWS("news", "Press release"),
	HISTORICAL("historical", "Historical");

	private final String code;

	private final String label;

	Evidence(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@JsonValue
	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

}
