/**
 * The portal frame shared by all views: main layout with role-aware navigation, language switch, error handling.
 */
@NamedInterface("ui")
package org.redress.base.ui;

import org.springframework.modulith.NamedInterface;
