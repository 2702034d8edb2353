/**
 * Duplicate complaints: fingerprints of narratives, candidate scoring with reasons, the background duplicate pass and
 * the queue staff work through. Merging itself belongs to {@code org.redress.complaint} (it changes cases).
 */
@ApplicationModule(allowedDependencies = {"audit", "base", "base :: ui", "complaint", "complaint :: ui", "merchant", "security"})
package org.redress.duplicate;

import org.springframework.modulith.ApplicationModule;
