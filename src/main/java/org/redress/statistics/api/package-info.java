/** Aggregated statistics, reports and exports for regulators over HTTP. */
package org.redress.statistics.api;
