package org.ketaminereference.pdf;

import org.ketaminereference.routes.Routes;

/** The paper sizes the article is printed on, each at a path of its own. */
public enum PaperSize {

	/** ISO A4, 210 × 297 mm: the default, used nearly everywhere outside North America. */
	A4(Routes.ARTICLE_PDF, 210, 297),

	/** US Letter, 8.5 × 11 inches (215.9 × 279.4 mm). */
	LETTER(Routes.ARTICLE_PDF_LETTER, 215.9f, 279.4f);

	private final String path;

	private final float widthMm;

	private final float heightMm;

	PaperSize(String path, float widthMm, float heightMm) {
		this.path = path;
		this.widthMm = widthMm;
		this.heightMm = heightMm;
	}

	public String path() {
		return path;
	}

	public float widthMm() {
		return widthMm;
	}

	public float heightMm() {
		return heightMm;
	}

	/** The paper size served at {@code path}, or {@code null} when no PDF is. */
	public static PaperSize at(String path) {
		for (PaperSize size : values()) {
			if (size.path.equals(path)) {
				return size;
			}
		}
		return null;
	}

}
