package org.ketaminereference.bench;

import java.util.concurrent.TimeUnit;

import org.ketaminereference.KetamineReferenceApplication;
import org.ketaminereference.content.Content;
import org.ketaminereference.render.RenderedArticle;
import org.ketaminereference.site.ReferenceProperties;
import org.ketaminereference.site.SiteArticle;
import org.ketaminereference.site.SiteBuilder;
import org.ketaminereference.site.SiteSnapshot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a content change costs, step by step, on the real {@code content/}: reading and checking
 * the files, rendering the article from Markdown (citations, headings, reference formatting),
 * and building every page of the site through Thymeleaf. The template engine and settings come
 * from the application's own context, started without a web server, so the pages are built
 * exactly as the application builds them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class SiteRenderingBenchmark {

	private ConfigurableApplicationContext context;

	private SiteBuilder builder;

	private ReferenceProperties properties;

	private Content content;

	@Setup
	public void startApplicationContext() {
		context = new SpringApplicationBuilder(KetamineReferenceApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run("--logging.level.root=WARN");
		builder = context.getBean(SiteBuilder.class);
		properties = context.getBean(ReferenceProperties.class);
		content = SiteArticle.contentLoader().load(properties.contentDir());
	}

	@TearDown
	public void closeApplicationContext() {
		context.close();
	}

	/** Reading, parsing and validating content/: front matter, Markdown sources, bibliography. */
	@Benchmark
	public Content loadContent() {
		return SiteArticle.contentLoader().load(properties.contentDir());
	}

	/** Markdown to HTML for every section, the lead and the about page, with the references formatted. */
	@Benchmark
	public RenderedArticle renderArticle() {
		return SiteArticle.render(content);
	}

	/** A content reload: load, render, and build every page, file and error page of the site. */
	@Benchmark
	public SiteSnapshot reloadSite() {
		return builder.build(SiteArticle.load(properties.contentDir()), properties);
	}

}
