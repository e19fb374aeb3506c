/**
 * Citing a page of this site: its citation in the common styles, formatted by citeproc-java, and
 * the files reference managers import (BibTeX, RIS, CSL-JSON). Works on plain values; the
 * {@code site} package turns the results into pages.
 */
package org.ketaminereference.cite;
