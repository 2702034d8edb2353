/** Administration of the search index: its state and a rebuild with progress. */
package org.redress.search.ui;
