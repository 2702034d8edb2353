/** What every API answer has in common: JSON errors with the right status. */
@NamedInterface("api")
package org.redress.base.api;

import org.springframework.modulith.NamedInterface;
