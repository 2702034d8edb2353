/** The notices panel on the case page. */
@NamedInterface("ui")
package org.redress.consumernotice.ui;

import org.springframework.modulith.NamedInterface;
