/** The regulator's statistics dashboard and background exports in the portal. */
package org.redress.statistics.ui;
