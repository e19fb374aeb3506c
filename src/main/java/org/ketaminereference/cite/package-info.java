/**
 * Citation formatting, the one home of citeproc-java: the article's references in AMA for the
 * reference lists ({@link org.ketaminereference.cite.ReferenceFormatter}), and each page's own
 * citation in every {@link org.ketaminereference.cite.CitationStyle} with the files reference
 * managers import (BibTeX, RIS, CSL-JSON). Depends on {@code content} only; {@code render} uses it
 * for the reference lists and {@code site} turns page citations into pages.
 */
package org.ketaminereference.cite;
