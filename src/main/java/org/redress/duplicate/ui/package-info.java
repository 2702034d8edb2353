/** The duplicate queue with its side-by-side comparison and merge. */
package org.redress.duplicate.ui;
