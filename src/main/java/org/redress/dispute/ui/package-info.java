/** Class dispute pages: suggestions, list, members, consent ledger. */
@NamedInterface("ui")
package org.redress.dispute.ui;

import org.springframework.modulith.NamedInterface;
