/**
 * The text analysis every indexed entity shares: Chinese bigrams and English stemming for complaint texts, edge
 * n-grams for merchant names, for the Lucene and the Elasticsearch backend alike.
 */
@NamedInterface("search")
package org.redress.base.search;

import org.springframework.modulith.NamedInterface;
