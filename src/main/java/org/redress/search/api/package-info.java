/** The complaint search API for partner systems: the same query as the search page, as JSON. */
package org.redress.search.api;
