package org.ketaminereference.pdf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ketaminereference.routes.Routes;
import org.ketaminereference.site.Page;
import org.ketaminereference.site.SiteSnapshot;

/**
 * The article's PDFs, one per {@link PaperSize}, made from a snapshot's {@code /article} page
 * when first asked for and kept until the snapshot is replaced. Making one takes seconds and
 * loads openhtmltopdf, PDFBox and Batik, so it happens on the first request for it (or in the
 * export), never at start; one is made at a time, so a burst of first requests costs one
 * rendering, not one each.
 */
public final class ArticlePdfs {

	/** The media type of a PDF (RFC 8118). */
	public static final String CONTENT_TYPE = "application/pdf";

	/** The PDFs made so far, with what they were made from. */
	private volatile Made made = new Made(null, Map.of());

	/**
	 * The PDF served at {@code path}, made from {@code snapshot} if it has not been yet, or
	 * {@code null} when no PDF is served there.
	 */
	public Page page(SiteSnapshot snapshot, String path) {
		PaperSize paper = PaperSize.at(path);
		if (paper == null) {
			return null;
		}
		Made current = made;
		if (current.isFrom(snapshot) && current.pdfs().containsKey(paper)) {
			return current.pdfs().get(paper);
		}
		return make(snapshot, paper);
	}

	/** Every PDF of the snapshot, by path: what the static export writes. */
	public static Map<String, Page> all(SiteSnapshot snapshot) {
		Map<String, Page> pages = new LinkedHashMap<>();
		for (PaperSize paper : PaperSize.values()) {
			pages.put(paper.path(), render(snapshot, paper));
		}
		return pages;
	}

	private synchronized Page make(SiteSnapshot snapshot, PaperSize paper) {
		Made current = made;
		if (!current.isFrom(snapshot)) {
			current = new Made(Source.of(snapshot), Map.of());
		}
		Page pdf = current.pdfs().get(paper);
		if (pdf == null) {
			pdf = render(snapshot, paper);
			Map<PaperSize, Page> pdfs = new EnumMap<>(PaperSize.class);
			pdfs.putAll(current.pdfs());
			pdfs.put(paper, pdf);
			current = new Made(current.source(), pdfs);
		}
		made = current;
		return pdf;
	}

	private static Page render(SiteSnapshot snapshot, PaperSize paper) {
		Page article = snapshot.pages().get(Routes.ARTICLE);
		String html = new String(article.body(), StandardCharsets.UTF_8);
		return Page.compressed(CONTENT_TYPE, PdfRenderer.render(PrintableArticle.of(html, paper), paper,
				snapshot.lastModified()));
	}

	/**
	 * What a PDF is made from: the {@code /article} page (by its validator) and the date it gives.
	 * A snapshot replaced by one with the same article (the same pages, now also Brotli-compressed)
	 * keeps its PDFs.
	 */
	private record Source(String articleEtag, Instant lastModified) {

		static Source of(SiteSnapshot snapshot) {
			return new Source(snapshot.pages().get(Routes.ARTICLE).etag(), snapshot.lastModified());
		}

	}

	private record Made(Source source, Map<PaperSize, Page> pdfs) {

		Made {
			pdfs = Map.copyOf(pdfs);
		}

		boolean isFrom(SiteSnapshot snapshot) {
			return Source.of(snapshot).equals(source);
		}

	}

}
