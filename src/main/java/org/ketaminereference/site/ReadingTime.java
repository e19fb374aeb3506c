package org.ketaminereference.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * How long a section takes to read, shown next to its last-reviewed date: the words of its
 * rendered body at {@value #WORDS_PER_MINUTE} words a minute (adults read plain non-fiction at
 * 200 to 250; this text is technical and cited, so the lower half of that), rounded to the
 * nearest minute and at least one. Citation markers and the figures' drawings are not words a
 * reader reads; the figures' text versions and the tables are.
 *
 * @param minutes the minutes, at least 1
 */
public record ReadingTime(int minutes) {

	static final int WORDS_PER_MINUTE = 220;

	/** From this many minutes a section ends with a link back to its top. */
	static final int LONG = 4;

	static ReadingTime of(String bodyHtml) {
		Element body = Jsoup.parseBodyFragment(bodyHtml).body();
		body.select("sup.citation, svg").remove();
		String text = body.text().strip();
		int words = text.isEmpty() ? 0 : text.split("\\s+").length;
		return new ReadingTime(Math.max(1, Math.round((float) words / WORDS_PER_MINUTE)));
	}

	public boolean isLong() {
		return minutes >= LONG;
	}

}
