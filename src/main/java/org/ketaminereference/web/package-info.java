/**
 * Serving a site snapshot over HTTP: page lookup, redirects for old slugs and error pages.
 */
package org.ketaminereference.web;
