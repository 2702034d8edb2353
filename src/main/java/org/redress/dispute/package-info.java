/**
 * Class disputes: many consumers' complaints against one merchant about one problem, handled together, with the
 * members' consent to be represented and the class's representatives.
 */
package org.redress.dispute;
