package org.ketaminereference.render;

import java.util.List;

/** A page's body with its citations numbered, and the reference list that goes with it. */
public record CitedPage(String html, List<CitedReference> references) {

	public CitedPage {
		references = List.copyOf(references);
	}

}
