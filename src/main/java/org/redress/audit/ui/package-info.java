/** The timeline of changes shown on case, dispute and agreement pages. */
@NamedInterface("ui")
package org.redress.audit.ui;

import org.springframework.modulith.NamedInterface;
