package org.ketaminereference.render;

import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingIdsTests {

	@Nested
	class Slugify {

		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				Dosing and safety           | dosing-and-safety
				Café au lait                | cafe-au-lait
				Naïve résumé, São Paulo     | naive-resume-sao-paulo
				Über Ketamin                | uber-ketamin
				What's new?! (2024)         | what-s-new-2024
				'  --Hello,   world!--  '   | hello-world
				NMDA/AMPA: a & b            | nmda-ampa-a-b
				""")
		void accentsStrippedAndPunctuationCollapsed(String text, String id) {
			assertThat(HeadingIds.slugify(text)).isEqualTo(id);
		}

		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				2019 FDA approval    | h-2019-fda-approval
				1983: the discovery  | h-1983-the-discovery
				Ref-list             | h-ref-list
				Cite-worthy findings | h-cite-worthy-findings
				References           | references
				Citation             | citation
				""")
		void leadingDigitsAndReservedPrefixesGetAPrefix(String text, String id) {
			assertThat(HeadingIds.slugify(text)).isEqualTo(id);
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "!!!", "日本語" })
		void textWithoutLettersStillGivesAnId(String text) {
			assertThat(HeadingIds.slugify(text)).matches("h[a-z0-9-]*").doesNotEndWith("-");
		}

		@Test
		void lengthIsCappedWithoutATrailingHyphen() {
			String id = HeadingIds.slugify("word ".repeat(40));

			assertThat(id).hasSizeLessThanOrEqualTo(64).startsWith("word-word").doesNotEndWith("-");
		}

		@Test
		void lengthIsCappedAfterThePrefix() {
			assertThat(HeadingIds.slugify("1".repeat(100))).hasSize(64).startsWith("h-1");
			assertThat(HeadingIds.slugify("a".repeat(100))).isEqualTo("a".repeat(64));
		}

	}

	@Nested
	class Claiming {

		@Test
		void repeatedTextGetsNumberedSuffixes() {
			HeadingIds ids = new HeadingIds(Set.of());

			assertThat(ids.claimFor("Background")).isEqualTo("background");
			assertThat(ids.claimFor("Background")).isEqualTo("background-2");
			assertThat(ids.claimFor("background!")).isEqualTo("background-3");
		}

		@Test
		void reservedIdsAreNeverHandedOut() {
			HeadingIds ids = new HeadingIds(Set.of("main", "history"));

			assertThat(ids.claimFor("Main")).isEqualTo("main-2");
			assertThat(ids.claimExplicit("history")).isFalse();
		}

		@Test
		void explicitIdsCanBeClaimedOnce() {
			HeadingIds ids = new HeadingIds(Set.of());

			assertThat(ids.claimExplicit("my-id")).isTrue();
			assertThat(ids.claimExplicit("my-id")).isFalse();
			assertThat(ids.claimFor("My id")).isEqualTo("my-id-2");
		}

		@ParameterizedTest
		@ValueSource(strings = { "ref-smith2020", "cite-smith2020-1" })
		void explicitIdsCannotTakeCitationAnchors(String id) {
			assertThat(new HeadingIds(Set.of()).claimExplicit(id)).isFalse();
		}

	}

}
