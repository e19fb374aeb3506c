package org.ketaminereference.cite;

import java.util.function.Function;

/** The files a reader can download to import a page's citation into a reference manager. */
public enum CitationFile {

	BIBTEX("bib", "application/x-bibtex;charset=UTF-8", "BibTeX", BibTeXFile::write),
	RIS("ris", "application/x-research-info-systems;charset=UTF-8", "RIS", RisFile::write),
	CSL_JSON("json", "application/vnd.citationstyles.csl+json", "CSL-JSON", CslJsonFile::write);

	private final String extension;

	private final String contentType;

	private final String label;

	private final Function<CitablePage, String> writer;

	CitationFile(String extension, String contentType, String label, Function<CitablePage, String> writer) {
		this.extension = extension;
		this.contentType = contentType;
		this.label = label;
		this.writer = writer;
	}

	/** The file name extension, without the dot. */
	public String extension() {
		return extension;
	}

	public String contentType() {
		return contentType;
	}

	public String label() {
		return label;
	}

	/** The file's text for one page. */
	public String write(CitablePage page) {
		return writer.apply(page);
	}

}
