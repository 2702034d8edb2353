/**
 * Full-text search over complaints and merchants (Hibernate Search): analyzers and query code.
 */
@ApplicationModule(allowedDependencies = {"base"})
package org.redress.search;

import org.springframework.modulith.ApplicationModule;
