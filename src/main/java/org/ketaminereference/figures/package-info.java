/**
 * Pictures and tables generated from the data files in {@code content/}: the history timeline and
 * the mechanism diagram as accessible inline SVG with a text version, and the "evidence at a
 * glance" tables. Each kind is a {@link org.ketaminereference.figures.FigureKind}, listed in
 * {@link org.ketaminereference.figures.FigureKinds}; the renderer draws one where the Markdown
 * holds its placeholder.
 */
package org.ketaminereference.figures;
