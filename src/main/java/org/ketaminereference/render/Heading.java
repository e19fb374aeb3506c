package org.ketaminereference.render;

/**
 * A heading a reader can link to.
 *
 * @param level 2 or 3 within a section (shifted one deeper on the one-page article)
 * @param id the stable anchor id
 * @param text the heading's text, without its permalink
 */
public record Heading(int level, String id, String text) {
}
