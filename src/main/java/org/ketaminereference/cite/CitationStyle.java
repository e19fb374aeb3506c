package org.ketaminereference.cite;

/** The citation styles a reader can copy, in the order they are offered. */
public enum CitationStyle {

	/** The medical standard, and the style of the reference lists: six authors, else the first three and "et al.". */
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
