/** Agreement pages: the editor, the agreement with signing and fulfilment, follow-up, panels on case and dispute pages. */
package org.redress.agreement.ui;
