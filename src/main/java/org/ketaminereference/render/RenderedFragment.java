package org.ketaminereference.render;

import java.util.List;

/**
 * One Markdown file as safe HTML. Citations are still unnumbered placeholders
 * ({@code <sup class="citation" data-cite="key1 key2">}): numbers depend on the page the
 * fragment appears on, see {@link CitationNumbering}.
 */
public record RenderedFragment(String html, List<Heading> headings) {

	public RenderedFragment {
		headings = List.copyOf(headings);
	}

}
