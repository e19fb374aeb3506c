package org.ketaminereference.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndentationTests {

	@Test
	void indentationAndBlankLinesGoAndEveryLineBreakStays() {
		String html = "<ul>\n    <li>one</li>\n\n    \n    <li>two\n      and more</li>\n</ul>\n";

		assertThat(Indentation.remove(html)).isEqualTo("<ul>\n<li>one</li>\n<li>two\nand more</li>\n</ul>\n");
	}

	@Test
	void preformattedTextKeepsItsWhiteSpace() {
		String html = "<div>\n  <pre><code>line\n    indented\n\n  after a blank</code></pre>\n  <textarea>\n  kept</textarea>\n</div>";

		String removed = Indentation.remove(html);

		assertThat(removed).contains("<pre><code>line\n    indented\n\n  after a blank</code></pre>\n<textarea>\n  kept</textarea>\n</div>");
		Document before = Jsoup.parse(html);
		Document after = Jsoup.parse(removed);
		assertThat(after.select("pre").first().wholeText()).isEqualTo(before.select("pre").first().wholeText());
		assertThat(after.select("textarea").first().val()).isEqualTo(before.select("textarea").first().val());
	}

	@Test
	void whatAReaderSeesIsTheSame() {
		String html = "<p>Some\n    <a href=\"#x\">linked</a>\n    words</p>";

		assertThat(Jsoup.parse(Indentation.remove(html)).text()).isEqualTo(Jsoup.parse(html).text());
	}

}
