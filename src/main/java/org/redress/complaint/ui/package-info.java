/** Intake, the case list and case pages, search and merchant pages. */
@NamedInterface("ui")
package org.redress.complaint.ui;

import org.springframework.modulith.NamedInterface;
