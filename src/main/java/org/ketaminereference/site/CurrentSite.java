package org.ketaminereference.site;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The snapshot being served. Readers always see one whole snapshot: a content reload swaps in a
 * complete new one or nothing.
 */
public final class CurrentSite {

	private final AtomicReference<SiteSnapshot> snapshot;

	public CurrentSite(SiteSnapshot initial) {
		this.snapshot = new AtomicReference<>(Objects.requireNonNull(initial));
	}

	public SiteSnapshot snapshot() {
		return snapshot.get();
	}

	public void replace(SiteSnapshot next) {
		snapshot.set(Objects.requireNonNull(next));
	}

}
