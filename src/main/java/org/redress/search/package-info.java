/**
 * Finding complaints by words, merchant and filters (Hibernate Search): the query service, the search page, the
 * search API, and the index's state and rebuild.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: api", "base :: ui", "complaint", "complaint :: ui", "merchant"})
package org.redress.search;

import org.springframework.modulith.ApplicationModule;
