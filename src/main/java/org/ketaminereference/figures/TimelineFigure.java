package org.ketaminereference.figures;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Element;
import org.ketaminereference.content.Citations;
import org.ketaminereference.content.Timeline;
import org.ketaminereference.content.TimelineEvent;
import org.ketaminereference.text.ReaderText;

/**
 * The timeline: a vertical picture, which reads the same at any width, of year, marker and label
 * for each event, with long gaps between events drawn as a dashed stretch of the axis; then the
 * same events as an ordered list with their descriptions and citations.
 */
final class TimelineFigure extends FigureKind<Timeline> {

	private static final double WIDTH = 360;

	private static final double LEGEND_HEIGHT = 44;

	private static final double AXIS_X = 68;

	private static final double YEAR_X = 54;

	private static final double LABEL_X = 86;

	private static final double LABEL_WIDTH = WIDTH - LABEL_X - 4;

	private static final Font LABEL = Font.regular(17, 21);

	private static final Font YEAR = Font.bold(17, 21);

	private static final Font SMALL = Font.regular(14, 18);

	private static final double MIN_ROW = 40;

	/** Events further apart than this many years get a visible gap, so the picture shows time passing. */
	private static final int GAP_YEARS = 5;

	private static final double GAP_HEIGHT = 30;

	private static final String LIST_SUMMARY = ReaderText.TIMELINE_TEXT_VERSION.text();

	TimelineFigure() {
		super(Timeline.FIGURE);
	}

	@Override
	Element render(Timeline timeline, String name, FigureContext context) {
		Element figure = FigureHtml.figure("timeline", timeline.title(), timeline.caption());
		figure.appendChild(picture(timeline, context.ids()));
		Element list = FigureHtml.textVersion(figure, LIST_SUMMARY).appendElement("ol").addClass("timeline-list");
		for (TimelineEvent event : timeline.events()) {
			Element item = list.appendElement("li");
			item.appendElement("time").attr("datetime", event.isoDate()).text(readableDate(event));
			item.appendText(": ");
			item.appendElement("strong").text(event.label());
			item.appendText(". " + event.description() + Citations.of(event.cite()));
		}
		return figure;
	}

	private static Element picture(Timeline timeline, Ids ids) {
		List<TimelineEvent> events = timeline.events();
		List<Row> rows = layout(events);
		Row last = rows.get(rows.size() - 1);
		double height = last.top() + last.height();
		Svg svg = Svg.image("timeline", WIDTH, height, ids, timeline.title(), description(events));
		legend(svg.add("g", "timeline-legend"));
		Element axis = svg.add("g", "timeline-axis");
		Element marks = svg.add("g", "timeline-events");
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (i > 0) {
				Row previous = rows.get(i - 1);
				boolean gap = row.gapYears() > 0;
				Svg.line(axis, gap ? "timeline-axis-gap" : "timeline-axis-line", AXIS_X, previous.markerY(), AXIS_X,
						row.markerY());
				if (gap) {
					Svg.text(axis, "timeline-gap-label", LABEL_X, row.top() - GAP_HEIGHT / 2 + 4, SMALL, "start",
							List.of(row.gapYears() + " years"));
				}
			}
			Element group = Svg.add(marks, "g", "timeline-event timeline-" + row.event().kind().code());
			Svg.text(group, "timeline-year", YEAR_X, row.top() + 17, YEAR, "end",
					List.of(String.valueOf(row.event().year())));
			marker(group, row.event().kind(), AXIS_X, row.markerY());
			Svg.text(group, "timeline-label", LABEL_X, row.top() + 17, LABEL, "start", row.lines());
		}
		return svg.element();
	}

	/** The place of each event: rows follow each other, with extra room where years pass without events. */
	private static List<Row> layout(List<TimelineEvent> events) {
		List<Row> rows = new ArrayList<>();
		double top = LEGEND_HEIGHT;
		for (int i = 0; i < events.size(); i++) {
			TimelineEvent event = events.get(i);
			int gapYears = (i > 0) ? event.year() - events.get(i - 1).year() : 0;
			if (gapYears > GAP_YEARS) {
				top += GAP_HEIGHT;
			}
			else {
				gapYears = 0;
			}
			List<String> lines = TextWidth.wrap(event.label(), LABEL, LABEL_WIDTH);
			double height = Math.max(MIN_ROW, 17 + (lines.size() - 1) * LABEL.lineHeight() + 14);
			rows.add(new Row(event, top, height, lines, gapYears));
			top += height;
		}
		return rows;
	}

	private static void legend(Element legend) {
		double x = 8;
		for (TimelineEvent.Kind kind : TimelineEvent.Kind.values()) {
			Element item = Svg.add(legend, "g", "timeline-" + kind.code());
			marker(item, kind, x + 6, 16);
			String label = legendLabel(kind);
			Svg.text(item, "timeline-legend-label", x + 18, 21, SMALL, "start", List.of(label));
			x += 18 + TextWidth.of(label, SMALL) + 20;
		}
	}

	/** Each kind has its own shape as well as its own colour, so that colour is never the only cue. */
	private static void marker(Element parent, TimelineEvent.Kind kind, double x, double y) {
		switch (kind) {
			case SCIENCE -> Svg.circle(parent, "timeline-marker", x, y, 6.5);
			case CLINICAL -> Svg.rect(parent, "timeline-marker", x - 6, y - 6, 12, 12, 1.5);
			case APPROVAL -> Svg.path(parent, "timeline-marker", "M" + Svg.number(x) + " " + Svg.number(y - 8) + "l8 8-8 8-8-8z");
		}
	}

	private static String legendLabel(TimelineEvent.Kind kind) {
		return switch (kind) {
			case SCIENCE -> ReaderText.TIMELINE_SCIENCE.text();
			case CLINICAL -> ReaderText.TIMELINE_CLINICAL.text();
			case APPROVAL -> ReaderText.TIMELINE_APPROVAL.text();
		};
	}

	private static String description(List<TimelineEvent> events) {
		// Numbers as strings: a MessageFormat would write the year 1962 as 1,962.
		return ReaderText.TIMELINE_DESCRIPTION.text(String.valueOf(events.size()), String.valueOf(events.get(0).year()),
				String.valueOf(events.get(events.size() - 1).year()), LIST_SUMMARY);
	}

	/** 1962, August 2020 or 5 March 2019, as the list shows dates. */
	private static String readableDate(TimelineEvent event) {
		if (event.month() == null) {
			return String.valueOf(event.year());
		}
		String month = Month.of(event.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		return ((event.day() != null) ? event.day() + " " : "") + month + " " + event.year();
	}

	/**
	 * One event's place in the picture.
	 * @param gapYears the years since the previous event when they are drawn as a gap, else 0
	 */
	private record Row(TimelineEvent event, double top, double height, List<String> lines, int gapYears) {

		double markerY() {
			return top + 11.5;
		}

	}

}
