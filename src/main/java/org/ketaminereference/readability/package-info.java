/**
 * The article's editorial limits, measured on its Markdown and its rendered citations: the
 * Flesch-Kincaid grade of each section's key points and body, sentence lengths, word counts,
 * sources per section, references never cited, and passages repeated between sections.
 */
package org.ketaminereference.readability;
