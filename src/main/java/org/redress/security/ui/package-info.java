/** Sign-in and user administration pages. */
package org.redress.security.ui;
