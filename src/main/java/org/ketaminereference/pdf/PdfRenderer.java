package org.ketaminereference.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * The one class that uses openhtmltopdf: lays out a {@link PrintableArticle} and writes it as a
 * PDF with its fonts embedded (subsets of DejaVu, shipped with their licence in
 * {@code pdf/fonts/}). Loaded only when a PDF is made, so that neither it nor PDFBox and Batik
 * cost anything at start.
 */
final class PdfRenderer {

	/** The fonts the stylesheet names, by file: family, weight, style. */
	private static final Object[][] FONTS = { { "DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL },
			{ "DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL },
			{ "DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC },
			{ "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL },
			{ "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL } };

	private PdfRenderer() {
	}

	/**
	 * @param made the date the PDF gives as its creation date; with it, the same article gives the
	 * same bytes (and so the same {@code ETag}) on every server and every run
	 */
	static byte[] render(Document printable, PaperSize paper, Instant made) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withProducer("ketamine-reference (openhtmltopdf)");
		builder.useDefaultPageSize(paper.widthMm(), paper.heightMm(), PageSizeUnits.MM);
		// No script in the figures and nothing fetched from outside: the SVG is the site's own.
		// Nothing is fetched at all: the document carries its styles and figures.
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
		for (Object[] font : FONTS) {
			byte[] file = Resources.read("fonts/" + font[0]);
			builder.useFont(() -> new ByteArrayInputStream(file), (String) font[1], (Integer) font[2], (FontStyle) font[3],
					true);
		}
		builder.withW3cDocument(new W3CDom().fromJsoup(printable), printable.location());
		ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
		builder.toStream(out);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			PDDocument pdf = renderer.createPDFKeepOpen();
			pdf.getDocumentInformation().setCreationDate(GregorianCalendar.from(made.atZone(ZoneOffset.UTC)));
			// PDFBox would otherwise make the file identifier from the clock.
			pdf.setDocumentId(made.toEpochMilli() ^ printable.html().hashCode());
			pdf.save(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
