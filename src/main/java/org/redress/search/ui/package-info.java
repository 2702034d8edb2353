/** The search page (words, filters, facets, snippets), which other pages link to, and the search index's administration. */
@NamedInterface("ui")
package org.redress.search.ui;

import org.springframework.modulith.NamedInterface;
