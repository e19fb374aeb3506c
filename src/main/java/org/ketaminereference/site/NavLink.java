package org.ketaminereference.site;

/** A link in the site's navigation. */
public record NavLink(String path, String title) {
}
