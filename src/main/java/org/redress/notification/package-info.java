/**
 * Notices to the people a case concerns, by e-mail (SMTP) or SMS (an HTTP gateway): one-time signing codes first.
 * In the demo profile a mail server starts with the portal and an administrator reads what was sent in the demo
 * mailbox page, so the demo works without an outside mail server or SMS provider.
 */
@ApplicationModule(allowedDependencies = {"base", "base :: ui"})
package org.redress.notification;

import org.springframework.modulith.ApplicationModule;
