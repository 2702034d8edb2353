/**
 * Full-text search over complaints and merchants (Hibernate Search): analyzers and query code.
 */
package org.redress.search;
