package org.ketaminereference;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code reference.feedback-url} set, every section page offers "Report an error on this
 * page" with its own title and address filled in; the other pages do not. (Unset, SiteCrawlIT
 * checks that no page has the link.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "reference.base-url=https://ketamine.example",
				"reference.feedback-url=mailto:errors@ketamine.example" })
class FeedbackLinkIT {

	@LocalServerPort
	private int port;

	@Test
	void everySectionLinksToTheFeedbackAddressNamingItself() throws Exception {
		Map<String, Document> pages = SitePages.crawl(port);
		assertThat(pages.keySet()).containsAll(SitePages.SECTIONS);
		pages.forEach((path, page) -> {
			if (!SitePages.SECTIONS.contains(path)) {
				assertThat(page.select(".feedback")).as("feedback link on %s", path).isEmpty();
				return;
			}
			Element link = page.select("main .feedback a[href]").first();
			assertThat(link).as("feedback link on %s", path).isNotNull();
			assertThat(link.text()).isEqualTo("Report an error on this page");
			String href = URLDecoder.decode(link.attr("href"), StandardCharsets.UTF_8);
			assertThat(href).startsWith("mailto:errors@ketamine.example?subject=")
				.contains("“" + page.select("h1").text() + "”", "Page: https://ketamine.example" + path + "\n");
		});
	}

}
