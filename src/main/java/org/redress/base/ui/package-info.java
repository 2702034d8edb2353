/**
 * The portal frame shared by all views: main layout with role-aware navigation, language switch, error handling.
 */
package org.redress.base.ui;
