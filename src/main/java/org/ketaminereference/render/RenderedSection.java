package org.ketaminereference.render;

import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.content.SectionMetadata;

/** A section's source and its rendered body. */
public record RenderedSection(MarkdownSource<SectionMetadata> source, RenderedFragment body) {

	public SectionMetadata metadata() {
		return source.metadata();
	}

	public String slug() {
		return source.metadata().slug();
	}

	public String title() {
		return source.metadata().title();
	}

}
