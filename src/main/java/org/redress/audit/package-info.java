/**
 * The audit trail: who changed what on a case, merchant or account, and when; shown as a timeline.
 */
package org.redress.audit;
