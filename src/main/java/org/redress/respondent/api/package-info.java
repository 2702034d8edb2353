/** The respondent and referral API. */
@NamedInterface("api")
package org.redress.respondent.api;

import org.springframework.modulith.NamedInterface;
