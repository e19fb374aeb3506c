package org.ketaminereference.readability;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Counts the syllables of a word by a written rule, so that a grade can be checked by hand:
 * <ol>
 * <li>A word with no letters (a number such as 1962 or 27.1%) has one syllable per two digits,
 * rounded up.</li>
 * <li>A word of two or more letters, all capitals (an abbreviation such as FDA), has one
 * syllable per letter.</li>
 * <li>Otherwise the word is split at hyphens, and each part counts its groups of vowels
 * (a, e, i, o, u, and y except as the first letter), less one for a silent ending: a final
 * "e" after a consonant (but not "le" after a consonant, as in "table"), or a final "ed" or
 * "es" after a consonant, except "ed" after t or d ("wanted") and "es" after c, g, s, x, z,
 * ch or sh ("places"). Every part has at least one syllable.</li>
 * </ol>
 * Like every such rule it is sometimes wrong ("trial" counts one); the grade it gives is an
 * estimate, the same one for every section.
 */
final class Syllables {

	/** What is not part of a word's letters; compiled once, since every word is counted. */
	private static final Pattern NOT_LETTER_OR_HYPHEN = Pattern.compile("[^\\p{L}\\-]");

	private Syllables() {
	}

	static int count(String word) {
		String letters = NOT_LETTER_OR_HYPHEN.matcher(word).replaceAll("");
		if (letters.replace("-", "").isEmpty()) {
			long digits = word.chars().filter(Character::isDigit).count();
			return (int) Math.max(1, (digits + 1) / 2);
		}
		if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT)) && !letters.contains("-")) {
			return letters.length();
		}
		int syllables = 0;
		for (String part : letters.toLowerCase(Locale.ROOT).split("-")) {
			if (!part.isEmpty()) {
				syllables += countPart(part);
			}
		}
		return Math.max(1, syllables);
	}

	private static int countPart(String part) {
		int groups = 0;
		boolean inVowels = false;
		for (int i = 0; i < part.length(); i++) {
			boolean vowel = isVowel(part, i);
			if (vowel && !inVowels) {
				groups++;
			}
			inVowels = vowel;
		}
		if (groups > 1 && silentEnding(part)) {
			groups--;
		}
		return Math.max(1, groups);
	}

	private static boolean silentEnding(String part) {
		int n = part.length();
		if (part.endsWith("e") && n >= 2 && !isVowel(part, n - 2)) {
			return !(part.endsWith("le") && n >= 3 && !isVowel(part, n - 3));
		}
		if ((part.endsWith("ed") || part.endsWith("es")) && n >= 3 && !isVowel(part, n - 3)) {
			char before = part.charAt(n - 3);
			if (part.endsWith("ed")) {
				return before != 't' && before != 'd';
			}
			boolean sibilant = "cgsxz".indexOf(before) >= 0 || part.endsWith("ches") || part.endsWith("shes");
			return !sibilant;
		}
		return false;
	}

	private static boolean isVowel(String part, int i) {
		char c = part.charAt(i);
		return "aeiou".indexOf(c) >= 0 || (c == 'y' && i > 0) || "àáâäæèéêëìíîïòóôöøœùúûüåý".indexOf(c) >= 0;
	}

}
