/**
 * What search engines and link previews read about the site: schema.org JSON-LD for each page,
 * the sitemap and robots.txt. Works on plain values; the {@code site} package puts the results
 * into pages.
 */
package org.ketaminereference.discovery;
