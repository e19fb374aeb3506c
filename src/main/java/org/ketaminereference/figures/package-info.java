/**
 * Pictures and tables generated from the data files in {@code content/}: the history timeline and
 * the mechanism diagram as accessible inline SVG with a text version, and the "evidence at a
 * glance" tables. Used by the renderer where the Markdown holds a figure placeholder.
 */
package org.ketaminereference.figures;
