package org.ketaminereference.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.ketaminereference.content.Content;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.EditorialLimits;
import org.ketaminereference.content.InvalidContentException;
import org.ketaminereference.readability.EditorialReport;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.site.ReferenceProperties;
import org.ketaminereference.site.SiteArticle;
import org.ketaminereference.site.SiteBuilder;
import org.ketaminereference.site.SiteLoader;

/**
 * {@code --check}: loads and renders the content by the first step of a start
 * ({@link SiteLoader#check()}), so that a problem only rendering finds (a heading id clash, say)
 * is reported too, and lists every problem as {@code file:line: field: message}. Starts no Spring
 * context and no web server, so authors and CI get the answer in a few seconds.
 */
final class ContentCheck {

	static final int VALID = 0;

	static final int INVALID = 1;

	private final PrintStream out;

	private final PrintStream err;

	ContentCheck(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(ReferenceProperties properties) {
		Path contentDir = properties.contentDir();
		try {
			RenderedArticle article = new SiteLoader(new SiteBuilder(), properties).check();
			Content content = article.content();
			EditorialLimits limits = content.article().metadata().editorialLimits();
			if (limits != EditorialLimits.OFF) {
				printReport(SiteArticle.measure(article), limits);
			}
			out.printf("%s: the content is valid (%d sections, %d references)%n", contentDir,
					content.sections().size(), content.references().size());
			return VALID;
		}
		catch (InvalidContentException ex) {
			ex.problems().stream().map(ContentProblem::toString).forEach(err::println);
			err.printf("%s: %d %s; paths are relative to the content directory%n", contentDir,
					ex.problems().size(), (ex.problems().size() == 1) ? "problem" : "problems");
			return INVALID;
		}
	}

	/** The measures of every section; with limits only reported, also what would fail once they are enforced. */
	private void printReport(EditorialReport report, EditorialLimits limits) {
		report.sections().forEach((section) -> out.println(section.summary()));
		report.repeats().forEach((repeat) -> out.printf("repeated passage: '%s ...' in %s:%d and %s:%d%n",
				repeat.words(), repeat.file(), repeat.line(), repeat.otherFile(), repeat.otherLine()));
		if (limits == EditorialLimits.REPORT && !report.problems().isEmpty()) {
			out.printf("editorialLimits: report; %d limits broken, which 'enforce' would refuse:%n",
					report.problems().size());
			report.problems().forEach((problem) -> out.println("  " + problem));
		}
	}

}
