/**
 * The whole site as pages: every page rendered once through Thymeleaf into bytes and kept in an
 * immutable snapshot that the web layer serves.
 */
package org.ketaminereference.site;
