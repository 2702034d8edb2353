/** Intake, the case list and case pages, search and merchant pages. */
package org.redress.complaint.ui;
