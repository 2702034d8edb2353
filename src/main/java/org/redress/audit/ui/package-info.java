/** The timeline of changes shown on case, dispute and agreement pages. */
package org.redress.audit.ui;
