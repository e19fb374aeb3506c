package org.ketaminereference.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import org.ketaminereference.content.Content;
import org.ketaminereference.content.ContentLoader;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.InvalidContentException;
import org.ketaminereference.site.SiteArticle;

/**
 * {@code --check}: loads and renders the content exactly as a start would, so that a problem only
 * rendering finds (a heading id clash, say) is reported too, and lists every problem as
 * {@code file:line: field: message}. Starts no Spring context and no web server, so authors and
 * CI get the answer in a second or two.
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

	int run(Path contentDir) {
		try {
			Content content = new ContentLoader().load(contentDir);
			SiteArticle.render(content);
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

}
