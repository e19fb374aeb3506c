/**
 * Text for readers that Java code writes into pages, read from {@code messages.properties}. At the
 * bottom of the dependency graph with {@code routes}: imports nothing, so every package may use it.
 */
package org.ketaminereference.text;
