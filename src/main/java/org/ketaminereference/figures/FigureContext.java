package org.ketaminereference.figures;

import java.util.Map;

import org.ketaminereference.content.Reference;

/**
 * What a figure may need besides its own data.
 *
 * @param ids the page's ids, from which the figure claims its own
 * @param references the bibliography by id, for figures that show what a reference says of itself
 */
record FigureContext(Ids ids, Map<String, Reference> references) {
}
