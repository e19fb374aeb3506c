/**
 * The site's URL paths in one table, at the bottom of the dependency graph: content validation
 * takes the reserved slugs from it, rendering checks links against it, and the site, the web
 * layer and the templates build and serve pages at its paths.
 */
package org.ketaminereference.routes;
