/**
 * Merchants that consumers complain about, and the managed list of platforms they trade on.
 */
package org.redress.merchant;
