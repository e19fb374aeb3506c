package org.ketaminereference.cite;

/** The citation styles a reader can copy, in the order they are offered. */
public enum CitationStyle {

	AMA("american-medical-association", "AMA"),
	APA("apa", "APA"),
	VANCOUVER("vancouver", "Vancouver"),
	HARVARD("harvard-cite-them-right", "Harvard");

	private final String cslId;

	private final String label;

	CitationStyle(String cslId, String label) {
		this.cslId = cslId;
		this.label = label;
	}

	/** The style's name in {@code org.citationstyles:styles}. */
	public String cslId() {
		return cslId;
	}

	public String label() {
		return label;
	}

}
