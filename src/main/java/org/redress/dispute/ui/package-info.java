/** Class dispute pages: suggestions, list, members, consent ledger. */
package org.redress.dispute.ui;
