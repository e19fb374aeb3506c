package org.ketaminereference.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.ketaminereference.content.ContentProblem;
import org.ketaminereference.content.MarkdownSource;
import org.ketaminereference.content.SectionMetadata;
import org.ketaminereference.routes.Routes;
import org.ketaminereference.text.ReaderText;

/**
 * Keeps published heading anchors working after a heading was renamed or moved, as a section's
 * {@code anchorAliases} declare. A browser follows a fragment only to an element with that id, so
 * the old id is put back on the page: on an empty element just before the new heading when it is
 * in the same section (the browser scrolls straight to it), or on a note at the top of the section
 * that links to the heading's new place in another section (shown only when it is the link's
 * target).
 */
final class AnchorAliases {

	static final String ALIAS_CLASS = "anchor-alias";

	static final String NOTE_CLASS = "anchor-alias-note";

	private AnchorAliases() {
	}

	/**
	 * Checks every alias (its target is a heading of the article, its id is free) and adds the old
	 * ids to the sections' bodies.
	 */
	static void apply(Map<MarkdownSource<SectionMetadata>, SourceRenderer.RenderedTree> sections, HeadingIds ids,
			List<ContentProblem> problems) {
		sections.forEach((section, tree) -> {
			Map<String, String> aliases = section.metadata().anchorAliases();
			if (aliases.isEmpty()) {
				return;
			}
			String ownSlug = section.metadata().slug();
			int line = section.lineOf("anchorAliases");
			Element body = tree.body();
			aliases.forEach((oldId, target) -> {
				String slug = target.contains("#") ? target.substring(0, target.indexOf('#')) : ownSlug;
				String newId = target.substring(target.indexOf('#') + 1);
				Optional<Heading> heading = sections.entrySet()
					.stream()
					.filter((candidate) -> candidate.getKey().metadata().slug().equals(slug))
					.flatMap((candidate) -> candidate.getValue().headings().stream())
					.filter((candidate) -> candidate.id().equals(newId))
					.findFirst();
				if (heading.isEmpty()) {
					problems.add(new ContentProblem(section.file(), line, "anchorAliases",
							"'" + oldId + "' points to '" + target + "', which is not a heading of section '" + slug
									+ "'"));
					return;
				}
				if (HeadingIds.RESERVED_PREFIXES.stream().anyMatch(oldId::startsWith) || !ids.claimExplicit(oldId)) {
					problems.add(new ContentProblem(section.file(), line, "anchorAliases",
							"'" + oldId + "' is already an id in the article (a heading, a section or another alias); list only ids that no longer exist"));
					return;
				}
				if (slug.equals(ownSlug)) {
					body.getElementById(newId).before(new Element("span").id(oldId).addClass(ALIAS_CLASS));
				}
				else {
					List<String> around = ReaderText.ANCHOR_MOVED.around();
					Element note = new Element("p").id(oldId).addClass(NOTE_CLASS).appendText(around.get(0));
					note.appendChild(new Element("a").attr("href", Routes.section(slug) + "#" + newId).text(heading.get().text()));
					body.prependChild(note.appendText(around.get(1)));
				}
			});
		});
	}

}
