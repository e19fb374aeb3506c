package org.ketaminereference.readability;

/**
 * A run of words that appears in two sections.
 *
 * @param words the run's first words, as a reader finds them
 * @param file the first section's file
 * @param line where the run starts there
 * @param otherFile the other section's file
 * @param otherLine where it starts there
 */
public record RepeatedPassage(String words, String file, int line, String otherFile, int otherLine) {
}
