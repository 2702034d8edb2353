/** The respondent's workspace and the referrals panel on the case page. */
@NamedInterface("ui")
package org.redress.respondent.ui;

import org.springframework.modulith.NamedInterface;
