/** Sign-in and user administration pages; later modules add kinds of accounts through {@link AccountCreator}. */
@NamedInterface("ui")
package org.redress.security.ui;

import org.springframework.modulith.NamedInterface;
