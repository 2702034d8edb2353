/**
 * Complaint cases: intake, the status lifecycle with its 12315 deadlines, evidence, consent, the case views and the
 * complaints API.
 */
package org.redress.complaint;
