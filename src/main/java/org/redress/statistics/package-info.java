/**
 * Aggregated figures for regulators: counts and amounts by platform, category, status, never personal data.
 */
package org.redress.statistics;
