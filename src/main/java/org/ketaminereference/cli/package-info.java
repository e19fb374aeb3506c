/**
 * What the jar does instead of serving: {@code --check} validates the content and
 * {@code --export=DIR} writes the site as static files. Handled in {@code main()} before a web
 * server could start.
 */
package org.ketaminereference.cli;
