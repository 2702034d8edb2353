/** Duplicate candidates and the full duplicate pass over HTTP. */
package org.redress.duplicate.api;
