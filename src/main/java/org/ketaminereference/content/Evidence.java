package org.ketaminereference.content;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of evidence a source provides, as the bibliography's {@code evidence} field names it,
 * with the label readers see and the plain description the about page's legend gives.
 */
public enum Evidence implements Coded {

	RCT("rct", "Randomised trial",
			"A study in which participants are assigned by chance to the treatment or to a comparison; a well-run "
					+ "randomised trial is the strongest single test of whether a treatment works, though a small one "
					+ "can still mislead."),
	META_ANALYSIS("meta-analysis", "Meta-analysis",
			"A study that combines the results of several earlier studies with statistical methods; it can carry more "
					+ "weight than any single trial, but it is only as good as the studies it pools."),
	SYSTEMATIC_REVIEW("systematic-review", "Systematic review",
			"A review that searches for and appraises all the studies on a question by a stated method; it gives a "
					+ "fuller and less selective picture than a single study or an ordinary review."),
	OPEN_LABEL("open-label", "Open-label study",
			"A study in which everyone knows which treatment is given, often with no comparison group; it can suggest "
					+ "an effect but cannot rule out expectation or chance, so it carries limited weight."),
	OBSERVATIONAL("observational", "Observational study",
			"A survey or a cohort study that records what happens to people without assigning a treatment; it can "
					+ "show how common something is and what goes with it, but other differences between people "
					+ "may explain what it finds."),
	CASE_SERIES("case-series", "Case series",
			"A report on a group of patients who had the same treatment or problem; it shows that something can "
					+ "happen, but not how often or why, so it is weak evidence of cause."),
	PRECLINICAL("preclinical", "Preclinical",
			"Laboratory or animal research; it can suggest how a drug works, but its findings often do not carry over "
					+ "to people and need confirming in human studies."),
	CONSENSUS("consensus", "Consensus statement",
			"An agreed statement by a group of experts or a professional body; it sums up expert judgement of the "
					+ "evidence rather than adding new data."),
	REVIEW("review", "Review",
			"An article that summarises and interprets earlier research without a fully systematic method; useful "
					+ "for background, but its choice of studies may be incomplete."),
	LABEL("label", "Regulatory document",
			"A document issued or approved by a medicines regulator, such as prescribing information or an approval "
					+ "decision; the authoritative record of approved uses and official warnings."),
	REGULATORY("regulatory", "Law or agency decision",
			"A law, a decision or safety warning by a government agency, or a health-technology appraisal; the "
					+ "authoritative record of what was decided and why, though it summarises the evidence rather "
					+ "than reporting it in full."),
	NEWS("news", "Press release",
			"An announcement by a company or an agency; cited only to date decisions, and figures in it have not been "
					+ "checked independently, so it carries the least weight."),
	HISTORICAL("historical", "Historical",
			"An older paper or a historical account; cited for what happened and when, not as current evidence of "
					+ "benefits or risks.");

	private final String code;

	private final String label;

	private final String description;

	Evidence(String code, String label, String description) {
		this.code = code;
		this.label = label;
		this.description = description;
	}

	@Override
	@JsonValue
	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	/** One plain sentence: what this kind of source is and how much weight it carries. */
	public String description() {
		return description;
	}

	/** The anchor of this kind's entry in the about page's legend. */
	public String anchor() {
		return "evidence-" + code;
	}

}
