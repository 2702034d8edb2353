/**
 * Duplicate complaints: fingerprints of narratives, candidate scoring with reasons, the background duplicate pass and
 * the queue staff work through. Merging itself belongs to {@code org.redress.complaint} (it changes cases).
 */
package org.redress.duplicate;
