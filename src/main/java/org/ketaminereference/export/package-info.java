/**
 * Writing a site snapshot as static files that any web server or CDN can serve under the same
 * URLs as the application.
 */
package org.ketaminereference.export;
