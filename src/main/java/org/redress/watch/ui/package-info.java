/** The merchants page with the early-warning list, and a merchant's profile with editing and merges. */
package org.redress.watch.ui;
