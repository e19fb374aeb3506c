/**
 * Reading the article from the content directory: Markdown files with YAML front matter and a
 * CSL-YAML bibliography, bound to typed records and validated. Every problem is collected with
 * its file and line so that an author sees all of them at once.
 */
package org.ketaminereference.content;
